package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.CallbackReceiver.Delivery;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.callback.CallbackDeduplicator;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Derived outputs end to end for one family provider, against the mock: generate music, then a WAV, twelve stems,
 * MIDI of one stem, a video and cover art of its first track; every task awaited to success, every callback received,
 * parsed by the one callback port without saying what it is, deduplicated (the mock sends one of them twice), and
 * equal to what polling returned. A provider module extends it, naming its id.
 */
public abstract class DerivedEndToEndSuite {
  private static final AwaitOptions UNTIL_DONE = AwaitOptions.until(TaskState.SUCCEEDED)
      .withTimeout(Duration.ofSeconds(30))
      .withIntervals(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(10));

  private MockServer server;
  private CallbackReceiver receiver;
  private SunoClient client;

  /** The provider id, such as {@code kie}. */
  protected abstract String provider();

  /** The mock server's profile of the provider; kie.ai's Market route is served by the {@code kie} profile. */
  protected String mockProfile() {
    return provider();
  }

  /** How many callbacks the music task sends: the legacy stages text, first and complete; a Market task one. */
  protected int musicCallbacks() {
    return 3;
  }

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
    client = SunoProviders.open(provider(), settings(ProviderSettings.builder().apiKey("e2e-key")
        .baseUrl(server.baseUrl(mockProfile())).defaultCallbackUrl(receiver.url())).build());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.close();
    server.close();
  }

  @Test
  void music_then_every_derived_output_awaited_called_back_and_deduplicated() {
    TaskAwaiter awaiter = TaskAwaiter.create();
    DerivedOutputsPort derived = client.derived();
    TaskId musicId = client.music().submit(MusicRequest.describe("A calm piano piece about rain").build());
    MusicTask music = awaiter.await(client.music()::fetch, musicId, UNTIL_DONE);
    SourceTrack source = SourceTrack.of(music.id(), music.tracks().get(0).id());
    // One of the derived "complete" callbacks arrives twice, as providers warn they may.
    server.admin().callbackFault(mockProfile(), "complete", "duplicate");

    DerivedTask<WavFile> wav = awaiter.await(derived::fetchWav, derived.submitWav(WavRequest.of(source)),
        UNTIL_DONE);
    DerivedTask<Stems> stems = awaiter.await(derived::fetchStems,
        derived.submitStems(StemsRequest.of(source, SeparationType.TWELVE_STEMS)), UNTIL_DONE);
    DerivedTask<MusicVideo> video = awaiter.await(derived::fetchVideo,
        derived.submitVideo(VideoRequest.of(source).withAuthor("sunoport")), UNTIL_DONE);
    DerivedTask<CoverImages> cover = awaiter.await(derived::fetchCoverImage,
        derived.submitCoverImage(CoverImageRequest.of(music.id())), UNTIL_DONE);
    Stems split = stems.result().orElseThrow();
    DerivedTask<MidiTranscription> midi = awaiter.await(derived::fetchMidi,
        derived.submitMidi(MidiRequest.stemOf(stems.id(), split.parts().get(0).id())), UNTIL_DONE);

    assertThat(List.of(wav, stems, video, cover, midi)).allSatisfy(t -> {
      assertThat(t.state()).isEqualTo(TaskState.SUCCEEDED);
      assertThat(t.id().provider()).isEqualTo(music.id().provider());
    });
    assertThat(split.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(split.links()).hasSize(12).containsKey(StemRole.WOODWINDS);
    assertThat(midi.result().orElseThrow().noteCount()).isPositive();

    // The music callbacks; each derived task one callback; one duplicate.
    CallbackDeduplicator dedup = CallbackDeduplicator.create();
    Map<DerivedKind, CallbackEvent> firstByKind = new EnumMap<>(DerivedKind.class);
    List<CallbackEvent> repeats = new ArrayList<>();
    for (Delivery delivery : receiver.next(musicCallbacks() + DerivedKind.values().length + 1)) {
      CallbackEvent event = client.callbacks().parse(delivery.body(), delivery.headers());
      if (!dedup.firstDelivery(event)) {
        repeats.add(event);
      } else {
        event.derivedKind().ifPresent(kind -> firstByKind.put(kind, event));
      }
    }

    assertThat(repeats).hasSize(1);
    assertThat(firstByKind).containsOnlyKeys(DerivedKind.values());
    assertThat(firstByKind.values()).allSatisfy(e -> assertThat(e.stage()).isEqualTo(CallbackStage.COMPLETE));
    assertThat(firstByKind.get(DerivedKind.WAV).task()).isEqualTo(wav.id());
    assertThat(firstByKind.get(DerivedKind.WAV).derived(WavFile.class).orElseThrow().link().url())
        .isEqualTo(wav.result().orElseThrow().link().url());
    assertThat(firstByKind.get(DerivedKind.STEMS).derived(Stems.class).orElseThrow().links().keySet())
        .isEqualTo(split.links().keySet());
    assertThat(firstByKind.get(DerivedKind.VIDEO).derived(MusicVideo.class).orElseThrow().link().url())
        .isEqualTo(video.result().orElseThrow().link().url());
    assertThat(firstByKind.get(DerivedKind.COVER_IMAGE).derived(CoverImages.class).orElseThrow().images())
        .extracting(l -> l.url()).isEqualTo(cover.result().orElseThrow().images().stream().map(l -> l.url()).toList());
    assertThat(firstByKind.get(DerivedKind.MIDI).derived(MidiTranscription.class).orElseThrow().noteCount())
        .isEqualTo(midi.result().orElseThrow().noteCount());
  }
}
