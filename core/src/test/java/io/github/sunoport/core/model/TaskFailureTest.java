package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TaskFailureTest {

  @Test
  void of_keeps_code_and_message() {
    TaskFailure failure = TaskFailure.of(FailureKind.CONTENT_REJECTED, 400, "SENSITIVE_WORD_ERROR");

    assertThat(failure.kind()).isEqualTo(FailureKind.CONTENT_REJECTED);
    assertThat(failure.code()).isEqualTo(OptionalInt.of(400));
    assertThat(failure.message()).isEqualTo("SENSITIVE_WORD_ERROR");
  }

  @Test
  void of_turns_absent_code_and_message_into_empty() {
    TaskFailure failure = TaskFailure.of(FailureKind.UNKNOWN, null, null);

    assertThat(failure.code()).isEmpty();
    assertThat(failure.message()).isEmpty();
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException().isThrownBy(() -> TaskFailure.of(null, 1, "x")).withMessage("kind == null");
    assertThatNullPointerException().isThrownBy(() -> new TaskFailure(FailureKind.UNKNOWN, null, ""))
        .withMessage("code == null");
    assertThatNullPointerException().isThrownBy(() -> new TaskFailure(FailureKind.UNKNOWN, OptionalInt.empty(), null))
        .withMessage("message == null");
  }
}
