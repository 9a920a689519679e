package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.CallbackReceiver.Delivery;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackDeduplicator;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callbacks end to end for one family provider: the mock server delivers them to a JDK receiver, the real adapter
 * parses them, and the events must match what polling returns. A provider module extends it, naming its id.
 */
public abstract class CallbackEndToEndSuite {
  private MockServer server;
  private CallbackReceiver receiver;
  private SunoClient client;

  /** The provider id, such as {@code kie}. */
  protected abstract String provider();

  /** Adds provider-specific mock settings, such as a webhook key. */
  protected MockServer.Builder mock(MockServer.Builder builder) {
    return builder;
  }

  /** Adds provider-specific client settings, such as a webhook key. */
  protected ProviderSettings.Builder settings(ProviderSettings.Builder builder) {
    return builder;
  }

  @BeforeEach
  void start() {
    server = mock(MockServer.builder().timeline(Duration.ofMillis(300))).build().start();
    receiver = CallbackReceiver.start();
    client = SunoProviders.open(provider(),
        settings(ProviderSettings.builder().apiKey("e2e-key").baseUrl(server.baseUrl(provider()))).build());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.close();
    server.close();
  }

  /** The mock server of the running test. */
  protected MockServer server() {
    return server;
  }

  /** The receiver of the running test. */
  protected CallbackReceiver receiver() {
    return receiver;
  }

  /** The client of the running test. */
  protected SunoClient client() {
    return client;
  }

  /** Parses a delivery with the client under test. */
  protected CallbackEvent parse(Delivery delivery) {
    return client.callbacks().parse(delivery.body(), delivery.headers());
  }

  /** Submits a lyrics task whose callbacks go to the receiver. */
  protected TaskId submitLyrics() {
    return client.lyrics().submit(LyricsRequest.of("A song about peaceful night in the city")
        .withCallbackUrl(receiver.url()));
  }

  @Test
  void music_callbacks_arrive_in_stage_order_and_the_complete_one_matches_polling() {
    TaskId id = client.music().submit(MusicRequest.describe("A calm and relaxing piano track")
        .callbackUrl(receiver.url()).build());

    List<CallbackEvent> events = receiver.next(3).stream().map(this::parse).collect(Collectors.toList());
    MusicTask polled = client.music().fetch(id);

    assertThat(events).extracting(CallbackEvent::stage)
        .containsExactly(CallbackStage.TEXT_READY, CallbackStage.FIRST_TRACK_READY, CallbackStage.COMPLETE);
    assertThat(events).extracting(CallbackEvent::task).containsOnly(id);
    assertThat(events.get(0).tracks()).hasSize(2).allSatisfy(t -> assertThat(t.audioUrl()).isEmpty());
    assertThat(polled.state()).isEqualTo(TaskState.SUCCEEDED);
    List<Track> delivered = events.get(2).tracks();
    assertThat(delivered).extracting(Track::id, Track::title, Track::audioUrl, Track::duration)
        .containsExactlyElementsOf(polled.tracks().stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.id(), t.title(), t.audioUrl(), t.duration()))
            .collect(Collectors.toList()));
    // The callback also carries the source_* copies of the URLs (kie.ai's callback example has them, its record-info
    // example not); every other field reads alike.
    assertThat(delivered).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
        "sourceAudioUrl", "sourceStreamUrl", "sourceImageUrl").containsExactlyElementsOf(polled.tracks());
  }

  @Test
  void a_lyrics_task_sends_one_complete_callback_whose_variants_match_polling() {
    TaskId id = submitLyrics();

    CallbackEvent event = parse(receiver.next());
    LyricsTask polled = client.lyrics().fetch(id);

    assertThat(event.task()).isEqualTo(id);
    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.code()).isEqualTo(200);
    assertThat(event.tracks()).isEmpty();
    assertThat(event.variants()).hasSize(2).isEqualTo(polled.variants());
  }

  @Test
  void a_failed_music_task_yields_an_error_event_with_the_failure_polling_reports() {
    server.admin().nextTaskFate(provider(), "GENERATE_AUDIO_FAILED");
    TaskId id = client.music().submit(MusicRequest.describe("A calm and relaxing piano track")
        .callbackUrl(receiver.url()).build());

    CallbackEvent event = parse(receiver.next());
    MusicTask polled = client.music().fetch(id);

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED).isEqualTo(polled.failure().orElseThrow().kind());
      assertThat(f.code()).hasValue(501).isEqualTo(polled.failure().orElseThrow().code());
      assertThat(f.message()).isEqualTo("Audio generation failed");
    });
  }

  @Test
  void rejected_lyrics_yield_an_error_event_of_kind_content_rejected() {
    server.admin().nextTaskFate(provider(), "SENSITIVE_WORD_ERROR");
    TaskId id = submitLyrics();

    CallbackEvent event = parse(receiver.next());
    LyricsTask polled = client.lyrics().fetch(id);

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.variants()).isEmpty();
    assertThat(event.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.CONTENT_REJECTED).isEqualTo(polled.failure().orElseThrow().kind());
      assertThat(f.code()).hasValue(400).isEqualTo(polled.failure().orElseThrow().code());
    });
  }

  @Test
  void a_duplicated_callback_passes_the_deduplicator_once() {
    server.admin().callbackFault(provider(), "complete", "duplicate");
    CallbackDeduplicator dedup = CallbackDeduplicator.create();
    submitLyrics();

    List<CallbackEvent> events = receiver.next(2).stream().map(this::parse).collect(Collectors.toList());

    assertThat(events.get(1)).isEqualTo(events.get(0));
    assertThat(events).extracting(dedup::firstDelivery).containsExactly(true, false);
  }
}
