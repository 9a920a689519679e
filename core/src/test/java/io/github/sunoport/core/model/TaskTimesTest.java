package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskTimesTest {

  @Test
  void none_knows_nothing() {
    assertThat(TaskTimes.none().created()).isEmpty();
    assertThat(TaskTimes.none().started()).isEmpty();
    assertThat(TaskTimes.none().ended()).isEmpty();
  }

  @Test
  void keeps_what_the_provider_sent() {
    Optional<ProviderTimestamp> created = ProviderTimestamp.tryParse("2024-07-08T12:39:14.870428366Z");

    assertThat(new TaskTimes(created, Optional.empty(), Optional.empty()).created()).isEqualTo(created);
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException().isThrownBy(() -> new TaskTimes(Optional.empty(), null, Optional.empty()))
        .withMessage("started == null");
  }
}
