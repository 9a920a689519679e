package io.github.sunoport.core.contract;

import static io.github.sunoport.core.contract.ContractFixture.Fault.HTTP_429_RETRY_AFTER;
import static io.github.sunoport.core.contract.ContractFixture.Fault.INSUFFICIENT_CREDITS;
import static io.github.sunoport.core.contract.ContractFixture.Fault.MAINTENANCE;
import static io.github.sunoport.core.contract.ContractFixture.Fault.RATE_LIMITED;
import static io.github.sunoport.core.contract.ContractFixture.Fault.SERVER_ERROR;
import static io.github.sunoport.core.contract.ContractFixture.Fault.UNAUTHORIZED;
import static io.github.sunoport.core.contract.ContractFixture.Operation.CREDITS;
import static io.github.sunoport.core.contract.ContractFixture.Operation.FETCH_LYRICS;
import static io.github.sunoport.core.contract.ContractFixture.Operation.FETCH_MUSIC;
import static io.github.sunoport.core.contract.ContractFixture.Operation.SUBMIT_LYRICS;
import static io.github.sunoport.core.contract.ContractFixture.Operation.SUBMIT_MUSIC;
import static io.github.sunoport.core.contract.ContractFixture.Operation.TIMESTAMPED_LYRICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.ClientClosedException;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.SunoClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The contract every adapter passes against a mock of its provider. An adapter's test extends it and supplies a
 * {@link ContractFixture}; tests of capabilities the provider lacks check that they are declared, not faked. Requests
 * carry no callback URL of their own: providers that need one get it from the fixture's settings. The suite comes in
 * parts: this class (lyrics, music, errors, retries), {@link AudioOperationsContract} (music from audio) and
 * {@link DerivedOutputsContract} (WAV, stems, MIDI, video, cover image, persona, style boost, download links).
 */
public abstract class SunoClientContract extends AudioOperationsContract {
  @Test
  void documented_lyrics_example_maps_to_the_domain() {
    DocumentedLyrics expected = fixture().documentedLyrics();

    LyricsTask task = client().lyrics().fetch(id(expected.taskId()));

    assertThat(task.id()).isEqualTo(id(expected.taskId()));
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.failure()).isEmpty();
    assertThat(task.request().prompt()).contains(expected.echoedPrompt());
    assertThat(task.variants()).isNotEmpty();
    assertThat(task.variants().get(0).title()).isEqualTo(expected.firstTitle());
    assertThat(task.variants().get(0).sections()).extracting(LyricsSection::label)
        .containsExactlyElementsOf(expected.firstSections());
  }

  @Test
  void documented_music_example_maps_to_the_domain() {
    assumeThat(fixture().documentedMusic()).as("the provider documents a music example").isPresent();
    DocumentedMusic expected = fixture().documentedMusic().orElseThrow();

    MusicTask task = client().music().fetch(id(expected.taskId()));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.tracks()).hasSize(expected.trackCount());
    Track first = task.tracks().get(0);
    assertThat(first.id()).isEqualTo(track(expected.firstTrackId()));
    assertThat(first.duration()).contains(expected.firstDuration());
    assertThat(first.tags()).containsExactlyElementsOf(expected.firstTags());
    assertThat(first.modelName()).contains(expected.firstModelName());
  }

  @Test
  void lyrics_task_reaches_success_through_await_in_order() {
    List<Task> seen = new CopyOnWriteArrayList<>();
    TaskId id = client().lyrics().submit(LyricsRequest.of("a song about rain"));

    LyricsTask done = TaskAwaiter.create().await(client().lyrics()::fetch, id, untilDone(seen));

    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.variants()).isNotEmpty().allSatisfy(v -> assertThat(v.text()).isNotBlank());
    assertThat(done.request().prompt()).contains("a song about rain");
    assertProgressInOrder(seen);
  }

  @Test
  void music_task_reaches_success_through_await_in_order() {
    List<Task> seen = new CopyOnWriteArrayList<>();
    TaskId id = client().music().submit(MusicRequest.describe("a calm piano piece").build());

    MusicTask done = TaskAwaiter.create().await(client().music()::fetch, id, untilDone(seen));

    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.audioUrl()).isPresent());
    assertProgressInOrder(seen);
  }

  @Test
  void every_documented_lyrics_failure_is_a_failed_task_not_an_exception() {
    for (Map.Entry<String, FailureKind> failure : fixture().lyricsFailures().entrySet()) {
      fixture().nextTaskEndsIn(failure.getKey());
      TaskId id = client().lyrics().submit(LyricsRequest.of("a song"));

      LyricsTask task = TaskAwaiter.create().await(client().lyrics()::fetch, id, untilDone(new CopyOnWriteArrayList<>()));

      assertThat(task.state()).as(failure.getKey()).isEqualTo(TaskState.FAILED);
      assertThat(task.failure()).as(failure.getKey()).hasValueSatisfying(f ->
          assertThat(f.kind()).isEqualTo(failure.getValue()));
    }
  }

  @Test
  void every_documented_music_failure_is_a_failed_task_not_an_exception() {
    for (Map.Entry<String, FailureKind> failure : fixture().musicFailures().entrySet()) {
      fixture().nextTaskEndsIn(failure.getKey());
      TaskId id = client().music().submit(MusicRequest.describe("a song").build());

      MusicTask task = TaskAwaiter.create().await(client().music()::fetch, id, untilDone(new CopyOnWriteArrayList<>()));

      assertThat(task.state()).as(failure.getKey()).isEqualTo(TaskState.FAILED);
      assertThat(task.failure()).as(failure.getKey()).hasValueSatisfying(f ->
          assertThat(f.kind()).isEqualTo(failure.getValue()));
    }
  }

  @Test
  void refused_api_key_is_an_authentication_error() {
    fixture().failNext(FETCH_LYRICS, UNAUTHORIZED, 1);

    assertThatThrownBy(() -> client().lyrics().fetch(id(fixture().documentedLyrics().taskId())))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(((AuthenticationException) e).provider()).contains(client().provider()));
    assertThat(fixture().requestsTo(FETCH_LYRICS)).as("not retried").isEqualTo(1);
  }

  @Test
  void unknown_task_is_not_found() {
    assertThatThrownBy(() -> client().lyrics().fetch(id("no-such-task-0000")))
        .isInstanceOf(TaskNotFoundException.class);
    assertThatThrownBy(() -> client().music().fetch(id("no-such-task-0000")))
        .isInstanceOf(TaskNotFoundException.class);
  }

  @Test
  void rate_limit_with_retry_after_is_waited_out_on_reads() {
    fixture().failNext(FETCH_LYRICS, HTTP_429_RETRY_AFTER, 1);

    LyricsTask task = client().lyrics().fetch(id(fixture().documentedLyrics().taskId()));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(fixture().requestsTo(FETCH_LYRICS)).isEqualTo(2);
  }

  @Test
  void rate_limit_that_outlasts_the_retries_is_reported_with_its_retry_after() {
    fixture().failNext(FETCH_LYRICS, HTTP_429_RETRY_AFTER, 5);

    try (SunoClient once = fixture().open(RetryPolicy.none())) {
      assertThatThrownBy(() -> once.lyrics().fetch(id(fixture().documentedLyrics().taskId())))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isPresent());
    }
  }

  @Test
  void body_level_rate_limit_is_rate_limited() {
    fixture().failNext(FETCH_LYRICS, RATE_LIMITED, 5);

    assertThatThrownBy(() -> client().lyrics().fetch(id(fixture().documentedLyrics().taskId())))
        .isInstanceOf(RateLimitedException.class);
    assertThat(fixture().requestsTo(FETCH_LYRICS)).as("retried up to the policy's attempts").isEqualTo(3);
  }

  @Test
  void maintenance_is_retried_on_reads_then_reported() {
    fixture().failNext(FETCH_MUSIC, MAINTENANCE, 2);
    TaskId id = client().music().submit(MusicRequest.describe("a song").build());

    assertThat(client().music().fetch(id).id()).isEqualTo(id);
    fixture().failNext(FETCH_MUSIC, MAINTENANCE, 5);
    assertThatThrownBy(() -> client().music().fetch(id)).isInstanceOf(MaintenanceException.class);
  }

  @Test
  void submit_is_never_retried() {
    fixture().failNext(SUBMIT_LYRICS, SERVER_ERROR, 1);
    fixture().failNext(SUBMIT_MUSIC, MAINTENANCE, 1);

    assertThatThrownBy(() -> client().lyrics().submit(LyricsRequest.of("a song")))
        .isInstanceOf(ProviderServerException.class);
    assertThatThrownBy(() -> client().music().submit(MusicRequest.describe("a song").build()))
        .isInstanceOf(MaintenanceException.class);
    assertThat(fixture().requestsTo(SUBMIT_LYRICS)).isEqualTo(1);
    assertThat(fixture().requestsTo(SUBMIT_MUSIC)).isEqualTo(1);
  }

  @Test
  void insufficient_credits_are_reported_as_such() {
    fixture().failNext(SUBMIT_MUSIC, INSUFFICIENT_CREDITS, 1);

    assertThatThrownBy(() -> client().music().submit(MusicRequest.describe("a song").build()))
        .isInstanceOf(InsufficientCreditsException.class);
  }

  @Test
  void request_over_the_provider_limit_is_refused_before_sending() {
    String tooLong = "la ".repeat(2000);

    assertThatThrownBy(() -> client().lyrics().submit(LyricsRequest.of(tooLong)))
        .isInstanceOfSatisfying(PromptTooLongException.class, e -> assertThat(e.field()).contains("prompt"));
    assertThat(fixture().requestsTo(SUBMIT_LYRICS)).isZero();
  }

  @Test
  void task_of_another_provider_is_refused_before_sending() {
    TaskId foreign = TaskId.of("some-other-provider", fixture().documentedLyrics().taskId());

    assertThatThrownBy(() -> client().lyrics().fetch(foreign)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("some-other-provider");
    assertThat(fixture().requestsTo(FETCH_LYRICS)).isZero();
  }

  @Test
  void credits_are_read() {
    assertThat(client().account().credits().isPositive()).isTrue();
    fixture().failNext(CREDITS, UNAUTHORIZED, 1);
    assertThatThrownBy(() -> client().account().credits()).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void timestamped_lyrics_are_served_or_declared_missing() {
    if (!client().supports(Capability.TIMESTAMPED_LYRICS)) {
      assertThatThrownBy(() -> client().music().timestampedLyrics(id("any-task"), track("any-track")))
          .isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> assertThat(e)
              .hasMessageContaining(client().provider().value()).hasMessageContaining("TIMESTAMPED_LYRICS")
              .hasMessageContaining("timestampedLyrics"));
      assertThat(fixture().requestsTo(TIMESTAMPED_LYRICS)).isZero();
      return;
    }
    DocumentedMusic music = fixture().documentedMusic().orElseThrow();
    assertThat(client().music().timestampedLyrics(id(music.taskId()), track(music.firstTrackId())).words())
        .isNotEmpty();
  }

  @Test
  void calls_after_close_are_refused_with_a_typed_error_before_sending() {
    SunoClient closed = fixture().open(FAST_RETRIES);
    closed.close();
    TaskId task = id(fixture().documentedLyrics().taskId());

    List<ThrowingCallable> calls = List.of(
        () -> closed.lyrics().submit(LyricsRequest.of("a song")),
        () -> closed.lyrics().fetch(task),
        () -> closed.music().submit(MusicRequest.describe("a song").build()),
        () -> closed.music().fetch(task),
        () -> closed.account().credits());
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfSatisfying(ClientClosedException.class, e -> {
        assertThat(e).hasMessageContaining(client().provider().value()).hasMessageContaining("closed");
        assertThat(e.isRetryable()).isFalse();
      });
    }
    for (ContractFixture.Operation operation : ContractFixture.Operation.values()) {
      assertThat(fixture().requestsTo(operation)).as("%s sent after close", operation).isZero();
    }
    closed.close();
  }

  @Test
  void capabilities_follow_from_the_client_and_the_factory_agrees() {
    assertThat(SunoProviders.factory(client().provider().value()).capabilities())
        .containsExactlyInAnyOrderElementsOf(client().capabilities());
    for (Capability missing : java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(client().capabilities()))) {
      if (missing == Capability.CALLBACKS) {
        assertThatThrownBy(client()::callbacks).isInstanceOf(UnsupportedCapabilityException.class);
      }
    }
  }

  @Test
  void one_poll_of_an_await_under_a_rate_limit_sends_one_request() {
    fixture().failNext(FETCH_LYRICS, HTTP_429_RETRY_AFTER, 2);
    TaskId id = id(fixture().documentedLyrics().taskId());
    java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();

    LyricsTask task = TaskAwaiter.create().await(polled -> {
      polls.incrementAndGet();
      return client().lyrics().fetch(polled);
    }, id, untilDone(new CopyOnWriteArrayList<>()));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(polls).as("two polls answered 429, then one that succeeded").hasValue(3);
    assertThat(fixture().requestsTo(FETCH_LYRICS)).as("one request per poll: the awaiter alone retries")
        .isEqualTo(3);
  }

  @Test
  void a_track_of_another_provider_is_refused_before_sending() {
    assumeThat(client().supports(Capability.EXTEND)).as("the provider extends tracks").isTrue();
    ExtendRequest foreign = ExtendRequest.keepingSource(TrackId.of("some-other-provider", "track-1"), SunoModel.V4_5);

    assertThatThrownBy(() -> client().music().extend(foreign)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("some-other-provider");
    assertThat(fixture().requestsTo(ContractFixture.Operation.EXTEND)).isZero();
  }

}
