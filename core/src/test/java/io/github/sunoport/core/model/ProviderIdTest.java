package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sunoport.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"kie", "sunoapi-org", "sunoapi-com", "fake-a", "a1", "v2-beta-3",
      "abcdefghijklmnopqrstuvwxyz0123456789abcd"})
  void accepts_lower_case_dash_separated_words(String value) {
    assertThat(ProviderId.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Kie", "KIE", "kie_ai", "-kie", "kie-", "kie--ai", "kie ai", " kie", "kié", "kie.ai",
      "abcdefghijklmnopqrstuvwxyz0123456789abcde"})
  void rejects_ids_of_another_shape(String value) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ProviderId.of(value))
        .withMessageContaining("provider id")
        .withMessageContaining("'" + value.substring(0, Math.min(40, value.length())));
  }

  @Test
  void shortens_a_long_id_in_the_message() {
    String longId = "x".repeat(500);

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ProviderId.of(longId))
        .withMessageContaining("x".repeat(40) + "...")
        .withMessageNotContaining("x".repeat(41));
  }

  @Test
  void rejects_null() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ProviderId.of(null))
        .withMessage("provider id is missing");
  }

  @Test
  void prints_as_the_bare_id() {
    assertThat(ProviderId.of("sunoapi-org")).hasToString("sunoapi-org");
  }

  @Test
  void equal_ids_are_equal() {
    assertThat(ProviderId.of("kie")).isEqualTo(ProviderId.of("kie")).isNotEqualTo(ProviderId.of("kie2"));
  }
}
