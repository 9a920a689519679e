package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SunoModelTest {

  @Test
  void knows_the_documented_versions_oldest_first() {
    assertThat(SunoModel.known()).containsExactly(SunoModel.V3_5, SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS,
        SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);
    assertThat(SunoModel.known()).extracting(SunoModel::name)
        .containsExactly("V3_5", "V4", "V4_5", "V4_5_PLUS", "V4_5_ALL", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD");
    assertThat(SunoModel.known()).allMatch(SunoModel::isKnown);
  }

  @Test
  void only_the_v6_family_is_the_sixth_generation() {
    assertThat(SunoModel.known()).filteredOn(SunoModel::isSixthGeneration)
        .containsExactly(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);
    assertThat(SunoModel.of("V7").isSixthGeneration()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "V4_5PLUS,  V4_5_PLUS",
      "v4.5+,     V4_5_PLUS",
      "V4_5_PLUS, V4_5_PLUS",
      "v4.5-plus, V4_5_PLUS",
      "V4_5ALL,   V4_5_ALL",
      "v4.5 all,  V4_5_ALL",
      "v3.5,      V3_5",
      "V3_5,      V3_5",
      "v4,        V4",
      "v4.5,      V4_5",
      "V5,        V5",
      "v5.5,      V5_5",
      "' v5 ',    V5",
      "v6,        V6",
      "V6_MINI,   V6_MINI",
      "v6-mini,   V6_MINI",
      "v6 wild,   V6_WILD",
  })
  void recognizes_spellings_of_known_versions(String written, String known) {
    SunoModel model = SunoModel.of(written);

    assertThat(model.name()).isEqualTo(known);
    assertThat(model.isKnown()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"chirp-v3-5", "suno-v5-5", "V7", "chirp-crow", "V4_5PRO"})
  void passes_unknown_names_through_as_written(String name) {
    SunoModel model = SunoModel.of(name);

    assertThat(model.name()).isEqualTo(name);
    assertThat(model.isKnown()).isFalse();
    assertThat(model).hasToString(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "v 4", "-v4", ".v4", "v4/5", "v4\u0000", "模型",
      "abcdefghijklmnopqrstuvwxyz0123456789abcde"})
  void rejects_invalid_names(String name) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> SunoModel.of(name)).withMessageContaining("model name");
  }

  @Test
  void rejects_null() {
    assertThatNullPointerException().isThrownBy(() -> SunoModel.of(null)).withMessage("model name == null");
  }
}
