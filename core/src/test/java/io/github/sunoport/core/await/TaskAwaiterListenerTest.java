package io.github.sunoport.core.await;

import static io.github.sunoport.core.testing.TestTasks.music;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.observe.AwaitProgress;
import io.github.sunoport.core.observe.SunoListener;
import io.github.sunoport.core.testing.ScriptedFetcher;
import io.github.sunoport.core.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TaskAwaiterListenerTest {
  private static final TaskId ID = TaskId.of("kie", "5c79be8e");

  private final VirtualTime time = VirtualTime.create();
  private final List<AwaitProgress> progress = new CopyOnWriteArrayList<>();
  private final SunoListener listener = new SunoListener() {
    @Override
    public void awaitProgress(AwaitProgress p) {
      progress.add(p);
    }
  };

  @Test
  void tells_the_listener_of_every_poll_with_its_outcome_and_the_last_one_as_finished() {
    // given
    ProviderServerException serverError =
        new ProviderServerException("boom", ErrorDetails.of(ID.provider(), 500, 500, "boom"));
    ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
        .thenReturn(music(ID, TaskState.RUNNING)).thenThrow(serverError).thenReturn(music(ID, TaskState.SUCCEEDED));
    TaskAwaiter awaiter = TaskAwaiter.builder().clock(time.clock()).sleeper(time.sleeper()).listener(listener).build();

    // when
    awaiter.await(fetcher, ID, AwaitOptions.until(TaskState.SUCCEEDED));

    // then
    assertThat(progress).extracting(AwaitProgress::poll).containsExactly(1, 2, 3);
    assertThat(progress).extracting(AwaitProgress::finished).containsExactly(false, false, true);
    assertThat(progress.get(0).task()).get().extracting(t -> t.state()).isEqualTo(TaskState.RUNNING);
    assertThat(progress.get(1).error()).containsSame(serverError);
    assertThat(progress.get(2).elapsed()).isGreaterThan(Duration.ZERO).isEqualTo(time.elapsed());
    assertThat(progress).allSatisfy(p -> assertThat(p.id()).isEqualTo(ID));
  }

  @Test
  void a_throwing_listener_does_not_end_the_await() {
    // given
    ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
        .thenReturn(music(ID, TaskState.RUNNING), music(ID, TaskState.SUCCEEDED));
    SunoListener broken = new SunoListener() {
      @Override
      public void awaitProgress(AwaitProgress p) {
        throw new IllegalStateException("broken bridge");
      }
    };
    TaskAwaiter awaiter = TaskAwaiter.builder().clock(time.clock()).sleeper(time.sleeper()).listener(broken).build();

    // when
    MusicTask task = awaiter.await(fetcher, ID, AwaitOptions.until(TaskState.SUCCEEDED));

    // then
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
  }
}
