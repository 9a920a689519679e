package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackIdTest {
  private static final ProviderId KIE = ProviderId.of("kie");

  @Test
  void keeps_owner_and_value_and_prints_both() {
    TrackId id = TrackId.of("kie", "e231****-****-****-****-****8cadc7dc");

    assertThat(id.provider()).isEqualTo(KIE);
    assertThat(id.value()).isEqualTo("e231****-****-****-****-****8cadc7dc");
    assertThat(id).hasToString("kie:e231****-****-****-****-****8cadc7dc");
  }

  @Test
  void is_not_equal_to_the_same_value_at_another_provider() {
    assertThat(TrackId.of("kie", "abc")).isNotEqualTo(TrackId.of("sunoapi-org", "abc"))
        .isEqualTo(TrackId.of("kie", "abc"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "a\u0000b", "a\nb"})
  void rejects_blank_or_spaced_or_control_values_naming_the_field(String value) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TrackId(KIE, value)).withMessageContaining("track id");
  }

  @Test
  void rejects_over_long_values_and_null_parts() {
    assertThat(new TrackId(KIE, "a".repeat(TrackId.MAX_LENGTH)).value()).hasSize(TrackId.MAX_LENGTH);
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TrackId(KIE, "a".repeat(TrackId.MAX_LENGTH + 1)))
        .withMessageContaining("track id is 201 characters long");
    assertThatNullPointerException().isThrownBy(() -> new TrackId(null, "a")).withMessage("provider == null");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TrackId(KIE, null))
        .withMessage("track id is missing");
  }
}
