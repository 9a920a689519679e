package io.github.sunoport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.TaskId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PollRecorderTest {
  private final AtomicLong clock = new AtomicLong();
  private final PollRecorder<LyricsTask> recorder = new PollRecorder<>(id -> null, clock::get);
  private final TaskId id = TaskId.of("kie", "abc");

  @Test
  void keeps_the_shortest_gap_between_fetch_starts() {
    // given fetches at 0, 900 and 1,400 ms
    for (long at : new long[] {0, 900_000_000L, 1_400_000_000L}) {
      clock.set(at);
      recorder.fetch(id);
    }

    // then
    assertThat(recorder.fetches()).isEqualTo(3);
    assertThat(recorder.shortestGapNanos()).isEqualTo(500_000_000L);
  }

  @Test
  void has_no_gap_after_a_single_fetch() {
    recorder.fetch(id);

    assertThat(recorder.shortestGapNanos()).isEqualTo(Long.MAX_VALUE);
  }
}
