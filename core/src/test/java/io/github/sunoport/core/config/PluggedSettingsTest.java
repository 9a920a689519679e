package io.github.sunoport.core.config;

import static io.github.sunoport.core.config.ApiKeyTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.observe.HttpExchange;
import io.github.sunoport.core.observe.SunoListener;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry policy read from configuration, and the objects an app plugs in: proxy, TLS, listener, extensions. */
class PluggedSettingsTest {
  private static final String PREFIX = "suno.kie.";

  @Test
  void reads_every_retry_value_from_configuration() {
    Map<String, String> config = Map.of(PREFIX + "api-key", SECRET, PREFIX + "retry-max-attempts", "5",
        PREFIX + "retry-initial-backoff", "PT0.2S", PREFIX + "retry-max-backoff", "3",
        PREFIX + "retry-multiplier", "1.5", PREFIX + "retry-max-retry-after", "PT1M");

    RetryPolicy policy = ProviderSettings.fromMap(config, PREFIX).retryPolicy();

    assertThat(policy).isEqualTo(
        new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(3), 1.5, Duration.ofMinutes(1)));
  }

  @Test
  void keeps_the_default_for_each_retry_value_not_set() {
    Map<String, String> env = Map.of("SUNOPORT_API_KEY", SECRET, "SUNOPORT_RETRY_MAX_ATTEMPTS", "1");

    RetryPolicy policy = ProviderSettings.fromMap(env, "SUNOPORT_").retryPolicy();

    assertThat(policy.maxAttempts()).isEqualTo(1);
    assertThat(policy.initialBackoff()).isEqualTo(RetryPolicy.defaults().initialBackoff());
    assertThat(policy.maxRetryAfter()).isEqualTo(RetryPolicy.defaults().maxRetryAfter());
  }

  @ParameterizedTest
  @CsvSource({"retry-max-attempts, three", "retry-max-attempts, 0", "retry-max-attempts, 21",
      "retry-multiplier, fast", "retry-multiplier, 0.5", "retry-initial-backoff, soon", "retry-max-backoff, PT0.1S"})
  void names_the_key_of_a_bad_retry_value(String key, String bad) {
    Map<String, String> config = new HashMap<>(Map.of(PREFIX + "api-key", SECRET));
    config.put(PREFIX + key, bad);

    assertThatThrownBy(() -> ProviderSettings.fromMap(config, PREFIX))
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.setting()).isEqualTo(PREFIX + key));
  }

  @Test
  void carries_the_proxy_tls_listener_and_extensions_it_was_given_and_names_them_without_details() throws Exception {
    // given
    SunoListener listener = new SunoListener() {
      @Override
      public void exchangeStarted(HttpExchange exchange) {}
    };
    SSLContext tls = SSLContext.getDefault();
    javax.net.ssl.TrustManagerFactory factory =
        javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
    factory.init((java.security.KeyStore) null);
    javax.net.ssl.X509TrustManager trust = (javax.net.ssl.X509TrustManager) factory.getTrustManagers()[0];

    // when
    ProviderSettings settings = ProviderSettings.builder().apiKey(SECRET).proxySelector(ProxySelector.getDefault())
        .tls(tls, trust).listener(listener).extension(StringBuilder.class, new StringBuilder("x")).build();

    // then
    assertThat(settings.proxySelector()).containsSame(ProxySelector.getDefault());
    assertThat(settings.tls()).get().extracting(Tls::sslContext).isSameAs(tls);
    assertThat(settings.listener()).isSameAs(listener);
    assertThat(settings.extension(StringBuilder.class)).get().hasToString("x");
    assertThat(settings.extension(Integer.class)).isEmpty();
    assertThat(settings.toBuilder().build().listener()).isSameAs(listener);
    assertThat(settings.toString()).contains("proxySelector=", "tls=Tls{", "extension=StringBuilder")
        .doesNotContain(SECRET);
  }

  @Test
  void defaults_to_no_proxy_no_tls_setup_and_the_silent_listener() {
    ProviderSettings settings = ProviderSettings.builder().apiKey(SECRET).build();

    assertThat(settings.proxySelector()).isEmpty();
    assertThat(settings.tls()).isEmpty();
    assertThat(settings.listener()).isSameAs(SunoListener.none());
    assertThat(settings.toString()).doesNotContain("proxySelector", "listener");
  }

  @Test
  void an_extension_of_the_wrong_type_is_refused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> lie = (Class) Integer.class;

    assertThatThrownBy(() -> ProviderSettings.builder().extension(lie, "not a number"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Integer");
  }
}
