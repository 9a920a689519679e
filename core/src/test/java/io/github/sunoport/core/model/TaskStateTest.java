package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskStateTest {

  /** Each row: a state, then every target it has reached. The rest it has not. */
  @ParameterizedTest(name = "{0} reaches {1}")
  @CsvSource({
      "WAITING,           WAITING",
      "RUNNING,           WAITING RUNNING",
      "TEXT_READY,        WAITING RUNNING TEXT_READY",
      "FIRST_TRACK_READY, WAITING RUNNING TEXT_READY FIRST_TRACK_READY",
      "SUCCEEDED,         WAITING RUNNING TEXT_READY FIRST_TRACK_READY SUCCEEDED",
      "FAILED,            FAILED",
      "UNKNOWN,           UNKNOWN",
  })
  void has_reached_exactly_the_states_of_no_more_progress(TaskState state, String reachedTargets) {
    Set<TaskState> reached = Arrays.stream(reachedTargets.split(" "))
        .map(TaskState::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskState.class)));

    for (TaskState target : TaskState.values()) {
      assertThat(state.hasReached(target))
          .as("%s.hasReached(%s)", state, target)
          .isEqualTo(reached.contains(target));
    }
  }

  @ParameterizedTest
  @EnumSource(TaskState.class)
  void only_succeeded_and_failed_are_terminal(TaskState state) {
    assertThat(state.isTerminal()).isEqualTo(state == TaskState.SUCCEEDED || state == TaskState.FAILED);
  }

  @Test
  void a_failed_task_has_not_reached_the_start() {
    assertThat(TaskState.FAILED.hasReached(TaskState.WAITING)).isFalse();
    assertThat(TaskState.UNKNOWN.hasReached(TaskState.WAITING)).isFalse();
  }
}
