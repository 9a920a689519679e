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

class TaskIdTest {
  private static final ProviderId KIE = ProviderId.of("kie");

  @ParameterizedTest
  @ValueSource(strings = {"3d51f2fb-2a52-4207-9808-a3aa7c9f64ce", "11dc****8b0f", "a", "task_1.2/3?x=y", "任务-1"})
  void keeps_the_providers_value(String value) {
    TaskId id = new TaskId(KIE, value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.provider()).isEqualTo(KIE);
  }

  @Test
  void prints_as_provider_colon_value() {
    assertThat(TaskId.of("sunoapi-com", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce"))
        .hasToString("sunoapi-com:3d51f2fb-2a52-4207-9808-a3aa7c9f64ce");
  }

  @Test
  void accepts_200_characters_and_rejects_201() {
    assertThat(new TaskId(KIE, "a".repeat(TaskId.MAX_LENGTH)).value()).hasSize(200);

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TaskId(KIE, "a".repeat(201)))
        .withMessageContaining("task id is 201 characters long")
        .withMessageContaining("200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejects_blank_task_id(String value) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TaskId(KIE, value)).withMessage("task id is blank");
  }

  @ParameterizedTest(name = "[{index}] U+{1} at {2}")
  @CsvSource({
      "'ab cd', 0020, 2",
      "' abc', 0020, 0",
      "'abc\t', 0009, 3",
      "'a\nb', 000A, 1",
      "'a\u00A0b', 00A0, 1",
      "'a\u2003b', 2003, 1",
      "'a\u0000b', 0000, 1",
      "'ab\u007F', 007F, 2",
      "'a\u0085b', 0085, 1",
  })
  void rejects_task_id_with_whitespace_or_control_characters(String value, String codePoint, int index) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TaskId(KIE, value))
        .withMessageContaining("task id contains white space or a control character")
        .withMessageContaining("U+" + codePoint)
        .withMessageContaining("at index " + index);
  }

  @Test
  void rejects_missing_parts() {
    assertThatNullPointerException().isThrownBy(() -> new TaskId(null, "abc")).withMessage("provider == null");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new TaskId(KIE, null))
        .withMessage("task id is missing");
  }

  @Test
  void of_checks_the_provider_id_too() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> TaskId.of("Kie AI", "abc"))
        .withMessageContaining("provider id");
  }

  @Test
  void ids_of_different_providers_differ() {
    assertThat(TaskId.of("kie", "abc")).isEqualTo(TaskId.of("kie", "abc")).isNotEqualTo(TaskId.of("sunoapi-org", "abc"));
  }
}
