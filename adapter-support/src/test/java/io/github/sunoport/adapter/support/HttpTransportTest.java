package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProtocolException;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
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

  @Test
  void normalizes_a_base_url_without_trailing_slash_keeping_its_prefix() {
    assertThat(HttpTransport.normalize(URI.create("http://h/kie")).toString()).isEqualTo("http://h/kie/");
    assertThat(HttpTransport.normalize(URI.create("http://h/kie/")).toString()).isEqualTo("http://h/kie/");
    assertThat(HttpTransport.normalize(URI.create("https://api.kie.ai")).toString()).isEqualTo("https://api.kie.ai/");
  }

  @Test
  void sends_relative_paths_under_the_base_url_prefix_even_without_trailing_slash() throws Exception {
    // given
    String base = mws.url("/kie").toString();
    transport = Transports.open(Transports.settings(mws).baseUrl(base).build(), Sleeper.system());
    mws.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":1}"));

    // when
    transport.exchange().write(transport.service(TestApi.class).ping(), Transports.DATA, null);

    // then
    assertThat(transport.baseUrl().encodedPath()).isEqualTo("/kie/");
    assertThat(mws.takeRequest().getPath()).isEqualTo("/kie/ping");
  }

  @Test
  void sends_bearer_key_user_agent_and_json_accept_headers() throws Exception {
    // given
    transport = Transports.open(Transports.settings(mws).userAgent("my-app/1.2").build(), Sleeper.system());
    mws.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":\"ok\"}"));

    // when
    String data = transport.exchange().write(transport.service(TestApi.class).submit(Map.of("a", 1)), Transports.DATA, null);

    // then
    RecordedRequest request = mws.takeRequest();
    assertThat(data).isEqualTo("ok");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.getHeader("User-Agent")).isEqualTo("my-app/1.2");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void uses_the_default_base_url_when_the_settings_name_none() {
    // given
    ProviderSettings settings = ProviderSettings.builder().apiKey("test-key").build();

    // when
    transport = HttpTransport.open(Transports.PROVIDER, settings, URI.create("https://api.kie.ai"), Transports.MOSHI);

    // then
    assertThat(transport.baseUrl().toString()).isEqualTo("https://api.kie.ai/");
  }

  @Test
  void refuses_plain_http_to_a_remote_default_base_url_without_allow_insecure_http() {
    // given
    ProviderSettings settings = ProviderSettings.builder().apiKey("test-key").build();

    // when / then
    assertThatThrownBy(() -> HttpTransport.open(
        Transports.PROVIDER, settings, URI.create("http://api.kie.ai/"), Transports.MOSHI))
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.setting()).isEqualTo("baseUrl"))
        .hasMessageContaining("baseUrl");
  }

  @Test
  void refuses_plain_http_to_a_remote_base_url_in_the_settings() {
    assertThatThrownBy(() -> ProviderSettings.builder().apiKey("test-key").baseUrl("http://api.kie.ai/kie/").build())
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.setting()).isEqualTo("baseUrl"));
  }

  @Test
  void accepts_plain_http_to_a_remote_host_when_allowed() {
    // given
    ProviderSettings settings = ProviderSettings.builder().apiKey("test-key").allowInsecureHttp(true).build();

    // when
    transport = HttpTransport.open(Transports.PROVIDER, settings, URI.create("http://api.kie.ai/"), Transports.MOSHI);

    // then
    assertThat(transport.baseUrl().toString()).isEqualTo("http://api.kie.ai/");
  }

  @Test
  void does_not_follow_a_redirect_and_never_sends_the_key_to_the_other_host() throws Exception {
    // given
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      elsewhere.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":\"stolen\"}"));
      mws.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/steal").toString()));
      transport = Transports.open(Transports.settings(mws).build(), Sleeper.system());

      // when / then
      assertThatThrownBy(() -> transport.exchange().read(() -> transport.service(TestApi.class).ping(), Transports.DATA, null))
          .isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.httpStatus()).hasValue(302);
            assertThat(e.isRetryable()).isFalse();
          })
          .hasMessageContaining("redirect");
      assertThat(mws.getRequestCount()).isEqualTo(1);
      assertThat(elsewhere.getRequestCount()).isZero();
    }
  }

  @Test
  void to_string_names_provider_and_base_url_but_never_the_key() {
    // given
    transport = Transports.open(Transports.settings(mws).apiKey("sk-very-secret-123").build(), Sleeper.system());

    // when
    String text = transport.toString();

    // then
    assertThat(text).contains("kie").contains(mws.url("/kie/").toString()).doesNotContain("sk-very-secret-123");
  }

  @Test
  void failure_messages_never_contain_the_key() throws Exception {
    // given
    transport = Transports.open(Transports.settings(mws).apiKey("sk-very-secret-123").build(), Sleeper.system());
    mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    // when / then
    assertThatThrownBy(() -> transport.exchange().write(transport.service(TestApi.class).ping(), Transports.DATA, null))
        .isInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("sk-very-secret-123"));
  }
}
