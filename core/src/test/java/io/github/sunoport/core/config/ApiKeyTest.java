package io.github.sunoport.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
  static final String SECRET = "sk-SECRET-1234567890";

  @Test
  void reveals_the_key_only_when_asked() {
    ApiKey key = ApiKey.of(SECRET);

    assertThat(key.reveal()).isEqualTo(SECRET);
    assertThat(key).hasToString("ApiKey[****]");
    assertThat(key.toString()).doesNotContain(SECRET);
  }

  @Test
  void accepts_every_visible_ascii_character() {
    String visible = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    assertThat(ApiKey.of(visible).reveal()).isEqualTo(visible);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void rejects_missing_or_blank_key(String value) {
    assertInvalid(value, "is missing or blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sk-SECRET 1234567890", " sk-SECRET-1234567890", "sk-SECRET-1234567890\n",
      "sk-SECRET-12345\t67890", "sk-SECRET-1234567890é", "sk-SECRET-1234567890\u00A0", "sk-SECRET-1234567890\u007F",
      "sk-SECRET-密钥-1234567890"})
  void rejects_white_space_control_and_non_ascii_without_repeating_the_key(String value) {
    assertInvalid(value, "not visible ASCII");
  }

  @Test
  void accepts_512_characters_and_rejects_513() {
    assertThat(ApiKey.of("k".repeat(512)).reveal()).hasSize(512);

    assertInvalid("sk-SECRET-" + "k".repeat(503), "longer than 512");
  }

  @Test
  void equal_keys_are_equal() {
    assertThat(ApiKey.of(SECRET)).isEqualTo(ApiKey.of(SECRET)).isNotEqualTo(ApiKey.of(SECRET + "x"));
    assertThat(ApiKey.of(SECRET)).hasSameHashCodeAs(ApiKey.of("other"));
  }

  private static void assertInvalid(String value, String problem) {
    assertThatThrownBy(() -> ApiKey.of(value))
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
          assertThat(e.setting()).isEqualTo("apiKey");
          assertThat(e.getMessage()).contains("apiKey", problem);
          if (value != null && !value.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(value.strip()).doesNotContain("SECRET");
          }
        });
  }
}
