package io.github.sunoport.core.config;

import static io.github.sunoport.core.config.ApiKeyTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderSettingsTest {
  private static final String PREFIX = "suno.kie.";

  private static ProviderSettings.Builder valid() {
    return ProviderSettings.builder().apiKey(SECRET);
  }

  private static void assertInvalidSetting(ThrowingCallable call, String setting) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
      assertThat(e.setting()).isEqualTo(setting);
      assertThat(e.getMessage()).startsWith("invalid setting '" + setting + "'").doesNotContain(SECRET);
    });
  }

  @Test
  void builder_has_the_documented_defaults() {
    ProviderSettings settings = valid().build();

    assertThat(settings.apiKey().reveal()).isEqualTo(SECRET);
    assertThat(settings.baseUrl()).isEmpty();
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.operationTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(settings.defaultCallbackUrl()).isEmpty();
    assertThat(settings.userAgent()).isEqualTo("sunoport");
    assertThat(settings.allowInsecureHttp()).isFalse();
  }

  @Test
  void builder_sets_every_setting() {
    ProviderSettings settings = ProviderSettings.builder().apiKey(ApiKey.of(SECRET))
        .baseUrl("https://proxy.example.com/kie/").connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(3)).retryPolicy(RetryPolicy.none())
        .defaultCallbackUrl(URI.create("https://app.example.com/cb")).userAgent("my-app/1.0")
        .allowInsecureHttp(true).build();

    assertThat(settings.baseUrl()).contains(URI.create("https://proxy.example.com/kie/"));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.none());
    assertThat(settings.defaultCallbackUrl()).contains(URI.create("https://app.example.com/cb"));
    assertThat(settings.userAgent()).isEqualTo("my-app/1.0");
    assertThat(settings.allowInsecureHttp()).isTrue();
  }

  @Test
  void to_builder_keeps_every_setting() {
    ProviderSettings settings = valid().baseUrl("http://localhost:8080/").userAgent("x").build();

    assertThat(settings.toBuilder().build()).hasToString(settings.toString());
  }

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        invalid("apiKey", b -> b.apiKey((String) null)),
        invalid("apiKey", b -> b.apiKey("  ")),
        invalid("baseUrl", b -> b.baseUrl(URI.create("ftp://example.com/"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("/relative/path"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("https:///no-host"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("https://example.com/?token=x"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("https://example.com/#top"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("https://user:pw@example.com/"))),
        invalid("baseUrl", b -> b.baseUrl(URI.create("http://api.kie.ai/"))),
        invalid("connectTimeout", b -> b.connectTimeout(Duration.ZERO)),
        invalid("connectTimeout", b -> b.connectTimeout(Duration.ofSeconds(-1))),
        invalid("connectTimeout", b -> b.connectTimeout(null)),
        invalid("readTimeout", b -> b.readTimeout(Duration.ZERO)),
        invalid("readTimeout", b -> b.readTimeout(null)),
        invalid("callTimeout", b -> b.callTimeout(Duration.ofNanos(-1))),
        invalid("callTimeout", b -> b.callTimeout(null)),
        invalid("operationTimeout", b -> b.operationTimeout(Duration.ZERO)),
        invalid("operationTimeout", b -> b.operationTimeout(null)),
        invalid("operationTimeout", b -> b.operationTimeout(Duration.ofDays(1).plusNanos(1))),
        invalid("retryPolicy", b -> b.retryPolicy(null)),
        invalid("defaultCallbackUrl", b -> b.defaultCallbackUrl(URI.create("/callback"))),
        invalid("defaultCallbackUrl", b -> b.defaultCallbackUrl(URI.create("ftp://example.com/cb"))),
        invalid("defaultCallbackUrl", b -> b.defaultCallbackUrl(URI.create("mailto:me@example.com"))),
        invalid("userAgent", b -> b.userAgent(null)),
        invalid("userAgent", b -> b.userAgent(" ")),
        invalid("userAgent", b -> b.userAgent("app\r\nX-Injected: 1")),
        invalid("userAgent", b -> b.userAgent("appé")),
        invalid("userAgent", b -> b.userAgent("a".repeat(201))));
  }

  private static Arguments invalid(String setting, UnaryOperator<ProviderSettings.Builder> change) {
    return Arguments.of(setting, change);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidSettings")
  void rejects_invalid_setting_at_build_naming_it(String setting, UnaryOperator<ProviderSettings.Builder> change) {
    ProviderSettings.Builder builder = change.apply(valid());

    assertInvalidSetting(builder::build, setting);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080/", "http://LOCALHOST/kie/", "http://127.0.0.1:8080/kie/",
      "http://127.0.0.2/", "http://[::1]:8080/", "https://api.kie.ai/", "https://127.0.0.1/"})
  void allows_plain_http_only_to_loopback(String url) {
    assertThat(valid().baseUrl(url).build().baseUrl()).contains(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.kie.ai/", "http://localhost.example.com/", "http://10.0.0.1/",
      "http://[::2]/", "http://192.168.1.10:8080/"})
  void rejects_plain_http_to_other_hosts(String url) {
    assertInvalidSetting(() -> valid().baseUrl(url).build(), "baseUrl");
  }

  @Test
  void allows_plain_http_anywhere_when_told() {
    assertThat(valid().baseUrl("http://mock.internal:8080/").allowInsecureHttp(true).build().baseUrl()).isPresent();
  }


  @Test
  void base_url_text_that_is_not_a_url_names_the_setting() {
    assertInvalidSetting(() -> valid().baseUrl("https://exa mple.com/").build(), "baseUrl");
  }

  @Test
  void to_string_lists_settings_but_never_the_key() {
    String text = valid().baseUrl("https://proxy.example.com/").userAgent("my-app").build().toString();

    assertThat(text).doesNotContain(SECRET).doesNotContain("SECRET")
        .contains("apiKey=****", "https://proxy.example.com/", "my-app", "PT30S");
  }

  @Test
  void from_map_reads_every_key_under_the_prefix() {
    Map<String, String> config = Map.of(
        PREFIX + "api-key", SECRET,
        PREFIX + "base-url", " http://mock.internal:9000/kie/ ",
        PREFIX + "connect-timeout", "PT5S",
        PREFIX + "read-timeout", "45",
        PREFIX + "call-timeout", "PT2M",
        PREFIX + "callback-url", "https://app.example.com/cb",
        PREFIX + "user-agent", "my-app/2",
        PREFIX + "allow-insecure-http", "TRUE",
        "suno.other.api-key", "other-key",
        PREFIX + "unknown", "ignored");

    ProviderSettings settings = ProviderSettings.fromMap(config, PREFIX);

    assertThat(settings.apiKey().reveal()).isEqualTo(SECRET);
    assertThat(settings.baseUrl()).contains(URI.create("http://mock.internal:9000/kie/"));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.defaultCallbackUrl()).contains(URI.create("https://app.example.com/cb"));
    assertThat(settings.userAgent()).isEqualTo("my-app/2");
    assertThat(settings.allowInsecureHttp()).isTrue();
  }

  @Test
  void from_map_reads_the_operation_timeout() {
    ProviderSettings settings = ProviderSettings.fromMap(
        Map.of(PREFIX + "api-key", SECRET, PREFIX + "operation-timeout", "PT90S"), PREFIX);

    assertThat(settings.operationTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(settings.toString()).contains("operationTimeout=PT1M30S");
  }

  @Test
  void from_map_reads_environment_variable_spelling() {
    Map<String, String> env = Map.of("SUNOPORT_KIE_API_KEY", SECRET, "SUNOPORT_KIE_READ_TIMEOUT", "PT45S",
        "SUNOPORT_KIE_ALLOW_INSECURE_HTTP", "false");

    ProviderSettings settings = ProviderSettings.fromMap(env, "SUNOPORT_KIE_");

    assertThat(settings.apiKey().reveal()).isEqualTo(SECRET);
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(ProviderSettings.fromMap(Map.of("SUNOPORT_API_KEY", SECRET, "SUNOPORT_OPERATION_TIMEOUT", "20"),
        "SUNOPORT_").operationTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void from_map_prefers_the_key_as_written_over_environment_spelling() {
    Map<String, String> config = Map.of("x.api-key", SECRET, "X.API_KEY", "other-key");

    assertThat(ProviderSettings.fromMap(config, "x.").apiKey().reveal()).isEqualTo(SECRET);
  }

  @Test
  void from_map_uses_defaults_for_absent_keys() {
    ProviderSettings settings = ProviderSettings.fromMap(Map.of("api-key", SECRET), "");

    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.allowInsecureHttp()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"connect-timeout", "read-timeout", "call-timeout", "operation-timeout"})
  void from_map_names_the_prefixed_key_of_a_bad_duration(String key) {
    for (String bad : new String[] {"5 seconds", "PT", "1.5", "9999999999", "-5"}) {
      assertInvalidSetting(() -> ProviderSettings.fromMap(config(key, bad), PREFIX), PREFIX + key);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "", "truee"})
  void from_map_names_the_prefixed_key_of_a_bad_boolean(String bad) {
    assertInvalidSetting(() -> ProviderSettings.fromMap(config("allow-insecure-http", bad), PREFIX),
        PREFIX + "allow-insecure-http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base-url", "callback-url"})
  void from_map_names_the_prefixed_key_of_a_bad_url(String key) {
    assertInvalidSetting(() -> ProviderSettings.fromMap(config(key, "https://exa mple.com/"), PREFIX), PREFIX + key);
  }

  @Test
  void from_map_names_the_missing_api_key_as_the_configuration_spells_it() {
    assertThatThrownBy(() -> ProviderSettings.fromMap(Map.of(), PREFIX))
        .isInstanceOfSatisfying(InvalidSettingsException.class,
            e -> assertThat(e.setting()).isEqualTo(PREFIX + "api-key"));
    assertThatThrownBy(() -> ProviderSettings.fromMap(Map.of(), "SUNOPORT_"))
        .isInstanceOfSatisfying(InvalidSettingsException.class,
            e -> assertThat(e.setting()).isEqualTo("SUNOPORT_API_KEY"));
  }

  @Test
  void from_map_names_a_value_the_builder_refuses_by_its_configuration_key() {
    Map<String, String> config = Map.of("SUNOPORT_API_KEY", SECRET, "SUNOPORT_BASE_URL", "ftp://h/");

    assertThatThrownBy(() -> ProviderSettings.fromMap(config, "SUNOPORT_"))
        .isInstanceOfSatisfying(InvalidSettingsException.class,
            e -> assertThat(e.setting()).isEqualTo("SUNOPORT_BASE_URL"))
        .hasMessageNotContaining(SECRET);
  }

  private static Map<String, String> config(String key, String value) {
    Map<String, String> config = new HashMap<>();
    config.put(PREFIX + "api-key", SECRET);
    config.put(PREFIX + key, value);
    return config;
  }
}
