package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.UploadCoverRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's code, as written there, against the mock: it compiles and does what the README says. */
class ReadmeExamplesTest {
  private static MockServer mock;

  @BeforeAll
  static void startMock() {
    mock = MockServer.builder().timeline(Duration.ZERO).build().start();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  private static Map<String, String> config(String provider) {
    return Map.of("SUNOPORT_PROVIDER", provider, "SUNOPORT_API_KEY", "test-key",
        "SUNOPORT_BASE_URL", mock.baseUrl(provider), "SUNOPORT_CALLBACK_URL", "http://127.0.0.1:9/cb");
  }

  @Test
  void picking_a_provider_at_runtime() {
    List<Object> printed = new ArrayList<>();
    Map<String, String> config = config("sunoapi-org");

    // README "Picking a provider at runtime"
    String provider = config.getOrDefault("SUNOPORT_PROVIDER", "kie");
    try (SunoClient client = SunoProviders.open(provider, ProviderSettings.fromMap(config, "SUNOPORT_"))) {
      TaskId id = client.lyrics().submit("a song about rain");
      LyricsTask task = TaskAwaiter.create().await(client.lyrics()::fetch, id,
          AwaitOptions.until(TaskState.SUCCEEDED).withListener(t -> printed.add(t.state())));
      task.variants().forEach(v -> printed.add(v.title() + "\n" + v.text()));
      printed.add("credits left: " + client.account().credits().remaining());

      assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
      assertThat(printed).contains(TaskState.SUCCEEDED).last().asString().startsWith("credits left: ");
    }
  }

  @Test
  void a_local_file_to_a_cover(@TempDir Path dir) throws Exception {
    Map<String, String> config = config("kie");
    Path demo = Files.write(dir.resolve("demo.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0});
    List<String> printed = new ArrayList<>();

    // README "Music from your own audio" (Path.of("demo.mp3") there)
    try (SunoClient client = SunoProviders.open("kie", ProviderSettings.fromMap(config, "SUNOPORT_"))) {
      TaskId id = client.coverLocalFile(demo,
          url -> UploadCoverRequest.customInstrumental(url, "Rainy Cover", "lo-fi jazz").model(SunoModel.V5).build());
      MusicTask cover = TaskAwaiter.create().await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED));
      cover.tracks().forEach(t -> printed.add(t.title() + ": " + t.audioUrl().orElse("")));

      assertThat(cover.operation()).isEqualTo(MusicOperation.UPLOAD_COVER);
      assertThat(printed).hasSize(2).allSatisfy(line -> assertThat(line).matches("Rainy Cover: https?://.+"));
    }
    String cover = mock.admin().requests().stream().filter(r -> r.path().endsWith("/upload-cover")).findFirst()
        .orElseThrow().body();
    assertThat(cover).contains("\"uploadUrl\":\"" + mock.baseUrl("kie") + "files/");
  }

  @Test
  void extending_a_track_where_it_was_made() {
    try (SunoClient client = SunoProviders.open("kie", ProviderSettings.fromMap(config("kie"), "SUNOPORT_"))) {
      // README "Tracks carry their owner"
      MusicTask song = TaskAwaiter.create().await(client.music()::fetch,
          client.music().submit(MusicRequest.describe("a calm piano piece").build()), AwaitOptions.until(TaskState.SUCCEEDED));
      TrackId first = song.tracks().get(0).id();                           // the provider's id + the provider that made it
      TaskId longer = client.music().extend(ExtendRequest.overriding(first, Duration.ofSeconds(60),
          "[Verse]\nthe rain goes on", "piano", "Rain, longer", SunoModel.V4_5));

      assertThat(first.provider()).isEqualTo(client.provider());
      assertThat(longer.provider()).isEqualTo(client.provider());
    }
  }

  @Test
  void derived_outputs_of_a_track() {
    List<Object> printed = new ArrayList<>();
    try (SunoClient client = SunoProviders.open("kie", ProviderSettings.fromMap(config("kie"), "SUNOPORT_"))) {
      AwaitOptions options = AwaitOptions.until(TaskState.SUCCEEDED);
      MusicTask music = TaskAwaiter.create().await(client.music()::fetch,
          client.music().submit(MusicRequest.describe("a calm piano piece").build()), options);

      // README "Derived outputs"
      SourceTrack source = SourceTrack.of(music.id(), music.tracks().get(0).id());
      DerivedOutputsPort derived = client.derived();
      TaskId wavTask = derived.submitWav(WavRequest.of(source));
      TaskId stemsTask = derived.submitStems(StemsRequest.of(source, SeparationType.TWELVE_STEMS));
      DerivedTask<WavFile> wav = TaskAwaiter.create().await(derived::fetchWav, wavTask, options);
      DerivedTask<Stems> stems = TaskAwaiter.create().await(derived::fetchStems, stemsTask, options);
      ResultLink vocals = stems.result().orElseThrow().link(StemRole.VOCALS).orElseThrow();
      TaskId midiTask = derived.submitMidi(MidiRequest.stemOf(stems.id(), stems.result().orElseThrow().parts().get(0).id()));
      printed.add(wav.result().orElseThrow().link().url() + " until " + wav.result().orElseThrow().link().expiresAt());
      printed.add(vocals.url() + "; MIDI task " + midiTask);

      assertThat(wav.state()).isEqualTo(TaskState.SUCCEEDED);
      assertThat(wav.result().orElseThrow().link().expiresAt()).as("kie.ai keeps WAV files 14 days").isPresent();
      assertThat(stems.result().orElseThrow().links()).hasSize(12);
      assertThat(midiTask.provider()).isEqualTo(client.provider());
      assertThat(printed).hasSize(2).first().asString().contains(".wav until Optional[");
    }
  }
}
