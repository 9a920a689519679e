package io.github.sunoport.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskLedger} must do, run against each implementation (in memory, H2, PostgreSQL). Shipped in
 * core's test-jar.
 */
public abstract class TaskLedgerContract {
  protected static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123456Z");
  private static final TaskId A = TaskId.of("kie", "task-a");
  private static final TrackId SONG = TrackId.of("kie", "track-1");

  /** Returns an empty ledger on a store of its own. */
  protected abstract TaskLedger newLedger();

  /**
   * Returns another ledger object on the same store as {@code ledger}, standing for another app instance. The
   * in-memory ledger has no store to share, so it returns {@code ledger} itself.
   */
  protected TaskLedger anotherInstance(TaskLedger ledger) {
    return ledger;
  }

  /** How many instances the concurrent-claim test runs. */
  protected int instances() {
    return 4;
  }

  private static SubmittedTask submitted(TaskId id, Instant at) {
    return SubmittedTask.of(id, "music.generate", "request of " + id, at);
  }

  @Test
  void a_submitted_task_is_found_waiting_and_unfinished() {
    TaskLedger ledger = newLedger();
    SubmittedTask task = SubmittedTask.derived(A, "stems.separate", SONG, "separate " + SONG, T0);

    assertThat(ledger.recordSubmitted(task)).isTrue();

    LedgerEntry entry = ledger.find(A).orElseThrow();
    assertThat(entry.task()).isEqualTo(task);
    assertThat(entry.state()).isEqualTo(TaskState.WAITING);
    assertThat(entry.lastSeenAt()).isEmpty();
    assertThat(ledger.unfinished()).containsExactly(entry);
    assertThat(ledger.find(TaskId.of("sunoapi-org", "task-a"))).isEmpty();
  }

  @Test
  void submitting_the_same_id_again_changes_nothing() {
    TaskLedger ledger = newLedger();
    ledger.recordSubmitted(submitted(A, T0));

    assertThat(ledger.recordSubmitted(SubmittedTask.of(A, "lyrics", "other", T0.plusSeconds(5)))).isFalse();

    assertThat(ledger.find(A).orElseThrow().task()).isEqualTo(submitted(A, T0));
  }

  @Test
  void the_recorded_state_only_moves_forwards() {
    TaskLedger ledger = newLedger();
    ledger.recordSubmitted(submitted(A, T0));

    assertThat(ledger.recordState(A, TaskState.FIRST_TRACK_READY, T0.plusSeconds(2))).isTrue();
    assertThat(ledger.recordState(A, TaskState.TEXT_READY, T0.plusSeconds(3))).as("a late text stage").isFalse();
    assertThat(ledger.recordState(A, TaskState.UNKNOWN, T0.plusSeconds(3))).isFalse();
    assertThat(ledger.find(A).orElseThrow().state()).isEqualTo(TaskState.FIRST_TRACK_READY);

    assertThat(ledger.recordState(A, TaskState.SUCCEEDED, T0.plusSeconds(4))).isTrue();
    assertThat(ledger.recordState(A, TaskState.FAILED, T0.plusSeconds(5))).as("finished stays finished").isFalse();

    LedgerEntry entry = ledger.find(A).orElseThrow();
    assertThat(entry.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(entry.lastSeenAt()).contains(T0.plusSeconds(4));
    assertThat(ledger.unfinished()).isEmpty();
  }

  @Test
  void a_state_of_a_task_never_submitted_is_not_recorded() {
    TaskLedger ledger = newLedger();

    assertThat(ledger.recordState(A, TaskState.SUCCEEDED, T0)).isFalse();

    assertThat(ledger.find(A)).isEmpty();
  }

  @Test
  void unfinished_tasks_come_oldest_first_without_finished_ones() {
    TaskLedger ledger = newLedger();
    TaskId newer = TaskId.of("sunoapi-org", "newer");
    TaskId older = TaskId.of("kie", "older");
    TaskId failed = TaskId.of("kie", "failed");
    ledger.recordSubmitted(submitted(newer, T0.plusSeconds(10)));
    ledger.recordSubmitted(submitted(older, T0));
    ledger.recordSubmitted(submitted(failed, T0.plusSeconds(5)));
    ledger.recordState(failed, TaskState.FAILED, T0.plusSeconds(20));
    ledger.recordState(newer, TaskState.RUNNING, T0.plusSeconds(20));

    assertThat(ledger.unfinished()).extracting(e -> e.task().id()).containsExactly(older, newer);
    assertThat(ledger.unfinished().get(1).state()).isEqualTo(TaskState.RUNNING);
  }

  @Test
  void a_callback_is_claimed_once_per_provider_task_and_stage_until_released() {
    TaskLedger ledger = newLedger();

    assertThat(ledger.claimCallback(A, CallbackStage.TEXT_READY)).isTrue();
    assertThat(ledger.claimCallback(A, CallbackStage.TEXT_READY)).isFalse();
    assertThat(ledger.claimCallback(A, CallbackStage.COMPLETE)).isTrue();
    assertThat(ledger.claimCallback(TaskId.of("sunoapi-org", "task-a"), CallbackStage.TEXT_READY)).isTrue();

    ledger.releaseCallback(A, CallbackStage.TEXT_READY);

    assertThat(ledger.claimCallback(A, CallbackStage.TEXT_READY)).as("after a release").isTrue();
    assertThat(anotherInstance(ledger).claimCallback(A, CallbackStage.COMPLETE)).as("another instance").isFalse();
  }

  @Test
  void a_finished_result_of_an_operation_on_a_track_is_found_and_nothing_else() {
    TaskLedger ledger = newLedger();
    TaskId running = TaskId.of("kie", "running");
    TaskId old = TaskId.of("kie", "old");
    TaskId latest = TaskId.of("kie", "latest");
    TaskId otherOperation = TaskId.of("kie", "wav");
    ledger.recordSubmitted(SubmittedTask.derived(old, "stems.separate", SONG, "r", T0));
    ledger.recordSubmitted(SubmittedTask.derived(latest, "stems.separate", SONG, "r", T0.plusSeconds(60)));
    ledger.recordSubmitted(SubmittedTask.derived(running, "stems.separate", SONG, "r", T0.plusSeconds(90)));
    ledger.recordSubmitted(SubmittedTask.derived(otherOperation, "wav.convert", SONG, "r", T0.plusSeconds(90)));
    for (TaskId done : List.of(old, latest, otherOperation)) {
      ledger.recordState(done, TaskState.SUCCEEDED, T0.plusSeconds(100));
    }

    assertThat(ledger.finishedFor(SONG, "stems.separate")).map(e -> e.task().id()).contains(latest);
    assertThat(ledger.finishedFor(TrackId.of("sunoapi-org", "track-1"), "stems.separate")).isEmpty();
    assertThat(ledger.finishedFor(SONG, "midi.transcribe")).isEmpty();
  }

  @Test
  void result_links_are_kept_by_key_with_fresh_urls_and_their_saved_location() {
    TaskLedger ledger = newLedger();
    ledger.recordSubmitted(submitted(A, T0));
    ledger.recordResult(ResultEntry.of(A, "t1/image", ResultKind.IMAGE, "https://cdn.example/t1.jpeg"));
    ledger.recordResult(ResultEntry.of(A, "t1/audio", ResultKind.AUDIO, "https://cdn.example/t1.mp3"));

    assertThat(ledger.recordSaved(A, "t1/audio", "/music/t1.mp3")).isTrue();
    ledger.recordResult(ResultEntry.of(A, "t1/audio", ResultKind.AUDIO, "https://cdn.example/t1-fresh.mp3"));

    assertThat(ledger.results(A)).containsExactly(
        new ResultEntry(A, "t1/audio", ResultKind.AUDIO, "https://cdn.example/t1-fresh.mp3",
            Optional.of("/music/t1.mp3")),
        ResultEntry.of(A, "t1/image", ResultKind.IMAGE, "https://cdn.example/t1.jpeg"));
    assertThat(ledger.recordSaved(A, "t9/audio", "/music/t9.mp3")).isFalse();
  }

  @Test
  void results_of_a_task_never_submitted_are_not_kept() {
    TaskLedger ledger = newLedger();

    ledger.recordResult(ResultEntry.of(A, "t1/audio", ResultKind.AUDIO, "https://cdn.example/t1.mp3"));

    assertThat(ledger.results(A)).isEmpty();
  }

  @Test
  void a_polled_music_task_and_a_callback_record_state_and_track_links() {
    TaskLedger ledger = newLedger();
    ledger.recordSubmitted(submitted(A, T0));
    Track streaming = Track.builder(TrackId.of("kie", "t1")).streamUrl("https://cdn.example/t1.stream").build();
    Track finished = Track.builder(TrackId.of("kie", "t1")).audioUrl("https://cdn.example/t1.mp3")
        .imageUrl("https://cdn.example/t1.jpeg").build();

    assertThat(ledger.record(MusicTask.builder(A, TaskState.FIRST_TRACK_READY).tracks(List.of(streaming)).build(),
        T0.plusSeconds(1))).isTrue();
    assertThat(ledger.record(new CallbackEvent(A, CallbackStage.COMPLETE, List.of(), List.of(finished),
        Optional.empty(), 200, "ok"), T0.plusSeconds(2))).isTrue();

    assertThat(ledger.find(A).orElseThrow().state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(ledger.results(A)).extracting(ResultEntry::key, ResultEntry::kind, ResultEntry::url).containsExactly(
        org.assertj.core.groups.Tuple.tuple("t1/audio", ResultKind.AUDIO, "https://cdn.example/t1.mp3"),
        org.assertj.core.groups.Tuple.tuple("t1/image", ResultKind.IMAGE, "https://cdn.example/t1.jpeg"),
        org.assertj.core.groups.Tuple.tuple("t1/stream", ResultKind.STREAM, "https://cdn.example/t1.stream"));
  }

  @Test
  void instances_racing_on_the_same_deliveries_process_each_exactly_once() throws Exception {
    TaskLedger first = newLedger();
    List<TaskLedger> fleet = new ArrayList<>();
    fleet.add(first);
    for (int i = 1; i < instances(); i++) {
      fleet.add(anotherInstance(first));
    }
    // Every (task, stage) is delivered three times, in an order shuffled under a fixed seed, to every instance.
    List<Delivery> deliveries = new ArrayList<>();
    for (int task = 0; task < 60; task++) {
      for (CallbackStage stage : List.of(CallbackStage.TEXT_READY, CallbackStage.FIRST_TRACK_READY,
          CallbackStage.COMPLETE)) {
        for (int copy = 0; copy < 3; copy++) {
          deliveries.add(new Delivery(TaskId.of(task % 2 == 0 ? "kie" : "sunoapi-org", "t" + task), stage));
        }
      }
    }
    Map<Delivery, AtomicInteger> processed = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(fleet.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < fleet.size(); i++) {
        TaskLedger instance = fleet.get(i);
        List<Delivery> mine = new ArrayList<>(deliveries);
        Collections.shuffle(mine, new Random(42 + i));
        running.add(pool.submit(() -> {
          start.await();
          for (Delivery d : mine) {
            if (instance.claimCallback(d.task(), d.stage())) {
              processed.computeIfAbsent(d, k -> new AtomicInteger()).incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(processed).hasSize(60 * 3);
    assertThat(processed.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }

  private record Delivery(TaskId task, CallbackStage stage) {}
}
