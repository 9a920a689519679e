package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.error.NetworkException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCustomizationTest {
  private static final String OK = "{\"code\":200,\"data\":\"ok\"}";

  private final MockWebServer mws = new MockWebServer();
  private HttpTransport transport;

  @BeforeEach
  void start() throws IOException {
    mws.start();
  }

  @AfterEach
  void stop() throws IOException {
    if (transport != null) {
      transport.close();
    }
    mws.close();
  }

  private String ping() {
    return transport.exchange().read(() -> transport.service(TestApi.class).ping(), Transports.DATA, null);
  }

  @Test
  void calls_go_through_the_proxy_the_selector_names() throws Exception {
    // given: the "provider" host is never resolved; the proxy (the mock) receives the absolute URL
    mws.enqueue(new MockResponse().setBody(OK));
    ProxySelector viaMock = new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(mws.getHostName(), mws.getPort())));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {}
    };
    transport = Transports.open(ProviderSettings.builder().apiKey(Transports.KEY)
        .baseUrl("http://provider.invalid/kie/").allowInsecureHttp(true).proxySelector(viaMock).build(),
        Sleeper.system());

    // when
    String data = ping();

    // then
    RecordedRequest request = mws.takeRequest();
    assertThat(data).isEqualTo("ok");
    assertThat(request.getRequestLine()).isEqualTo("GET http://provider.invalid/kie/ping HTTP/1.1");
  }

  @Test
  void tls_settings_let_the_client_trust_a_private_certificate_authority() throws Exception {
    // given: a server certificate signed by a CA the JVM does not trust
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate server = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(ca).build();
    mws.useHttps(new HandshakeCertificates.Builder().heldCertificate(server).build().sslSocketFactory(), false);
    HandshakeCertificates trustingCa = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate())
        .build();
    String base = "https://localhost:" + mws.getPort() + "/kie/";
    mws.enqueue(new MockResponse().setBody(OK));

    // when: without the TLS settings the handshake fails; with them the call succeeds
    transport = Transports.open(Transports.settings(mws).baseUrl(base).retryPolicy(
        io.github.sunoport.core.config.RetryPolicy.none()).build(), Sleeper.system());
    assertThatThrownBy(this::ping).isInstanceOf(NetworkException.class);
    transport.close();
    transport = Transports.open(Transports.settings(mws).baseUrl(base)
        .tls(trustingCa.sslContext(), trustingCa.trustManager()).build(), Sleeper.system());

    // then
    assertThat(ping()).isEqualTo("ok");
  }

  @Test
  void tls_needs_the_context_and_its_trust_manager_together() {
    HandshakeCertificates certificates = new HandshakeCertificates.Builder().addPlatformTrustedCertificates().build();

    assertThatThrownBy(() -> ProviderSettings.builder().tls(certificates.sslContext(), null))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("tls");
  }

  @Test
  void an_app_client_is_shared_its_interceptors_never_see_the_key_and_closing_leaves_it_running() throws Exception {
    // given
    List<String> seenAuthorization = new CopyOnWriteArrayList<>();
    OkHttpClient appClient = new OkHttpClient.Builder().build();
    OkHttpCustomizer customizer = OkHttpCustomizer.sharing(appClient).withInterceptors(chain -> {
      seenAuthorization.add(String.valueOf(chain.request().header("Authorization")));
      return chain.proceed(chain.request());
    });
    transport = Transports.open(Transports.settings(mws).extension(OkHttpCustomizer.class, customizer).build(),
        Sleeper.system());
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = ping();
    transport.close();
    transport = null;

    // then
    assertThat(data).isEqualTo("ok");
    assertThat(seenAuthorization).containsExactly("null");
    assertThat(mws.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + Transports.KEY);
    assertThat(appClient.dispatcher().executorService().isShutdown()).isFalse();
    appClient.dispatcher().executorService().shutdown();
  }

  @Test
  void the_adapter_keeps_its_own_safety_settings_over_an_app_client() throws Exception {
    // given: an app client that follows redirects
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).build();
    transport = Transports.open(Transports.settings(mws)
        .extension(OkHttpCustomizer.class, OkHttpCustomizer.sharing(following)).build(), Sleeper.system());
    mws.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://elsewhere.invalid/"));

    // when / then
    assertThatThrownBy(this::ping).hasMessageContaining("not followed");
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }
}
