package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LyricsTaskTest {
  private static final TaskId ID = TaskId.of("kie", "11dc8b0f");
  private static final TaskFailure FAILURE = TaskFailure.of(FailureKind.GENERATION_FAILED, 501, "failed");
  private static final LyricsVariant VARIANT =
      new LyricsVariant("Run Away", "[Verse]\nRunning", TaskState.SUCCEEDED, Optional.empty());

  private static LyricsTask task(TaskState state, List<LyricsVariant> variants, Optional<TaskFailure> failure) {
    return new LyricsTask(ID, state, state.name(), RequestEcho.empty(), variants, failure, TaskTimes.none());
  }

  @Test
  void a_failed_task_carries_its_failure() {
    LyricsTask task = task(TaskState.FAILED, List.of(), Optional.of(FAILURE));

    assertThat(task.failure()).contains(FAILURE);
  }

  @Test
  void rejects_failed_task_without_failure() {
    assertThatIllegalArgumentException().isThrownBy(() -> task(TaskState.FAILED, List.of(), Optional.empty()))
        .withMessage("a FAILED task needs a failure");
  }

  @ParameterizedTest
  @EnumSource(value = TaskState.class, names = "FAILED", mode = EnumSource.Mode.EXCLUDE)
  void rejects_failure_on_a_task_that_did_not_fail(TaskState state) {
    assertThatIllegalArgumentException().isThrownBy(() -> task(state, List.of(), Optional.of(FAILURE)))
        .withMessage("a " + state + " task cannot carry a failure");
  }

  @Test
  void copies_the_variants() {
    List<LyricsVariant> variants = new ArrayList<>(List.of(VARIANT));
    LyricsTask task = task(TaskState.SUCCEEDED, variants, Optional.empty());

    variants.clear();

    assertThat(task.variants()).containsExactly(VARIANT);
    assertThatThrownBy(() -> task.variants().add(VARIANT)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_null_variant() {
    assertThatNullPointerException()
        .isThrownBy(() -> task(TaskState.SUCCEEDED, Arrays.asList(VARIANT, null), Optional.empty()))
        .withMessage("variants[1] == null");
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException().isThrownBy(
        () -> new LyricsTask(ID, TaskState.RUNNING, null, RequestEcho.empty(), List.of(), Optional.empty(),
            TaskTimes.none())).withMessage("rawStatus == null");
    assertThatNullPointerException().isThrownBy(
        () -> new LyricsTask(ID, TaskState.RUNNING, "", RequestEcho.empty(), List.of(), null, TaskTimes.none()))
        .withMessage("failure == null");
  }
}
