package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.sunoport.core.error.InvalidRequestException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TuningTest {
  @Test
  void none_sets_nothing() {
    assertThat(Tuning.none().isEmpty()).isTrue();
    assertThat(Tuning.none().withVariety(0).isEmpty()).isFalse();
  }

  @Test
  void nan_leaves_a_weight_unset() {
    Tuning tuning = Tuning.none().withWeights(0.3, Double.NaN, 1);

    assertThat(tuning.styleWeight()).hasValue(0.3);
    assertThat(tuning.weirdnessConstraint()).isEmpty();
    assertThat(tuning.audioWeight()).hasValue(1.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, 100})
  void variety_is_0_to_4(int variety) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Tuning.none().withVariety(variety))
        .withMessage("variety must be between 0 and 4, was " + variety);
  }

  @Test
  void weights_are_0_to_1_and_named() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Tuning.none().withWeights(1.01, 0, 0))
        .withMessage("styleWeight must be between 0 and 1, was 1.01");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Tuning.none().withWeights(0, -0.1, 0))
        .withMessage("weirdnessConstraint must be between 0 and 1, was -0.1");
  }

  @Test
  void persona_model_needs_a_persona_and_ids_have_no_spaces() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new Tuning(Optional.empty(), Optional.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.of(PersonaModel.STYLE))).withMessage("personaModel needs a personaId");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Tuning.none().withPersona("a b"))
        .withMessageStartingWith("personaId contains white space");
  }

  @Test
  void negative_tags_refuse_control_characters() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Tuning.none().withNegativeTags("rock\u0000"))
        .withMessage("negativeTags contains control character U+0000 at index 4");
  }
}
