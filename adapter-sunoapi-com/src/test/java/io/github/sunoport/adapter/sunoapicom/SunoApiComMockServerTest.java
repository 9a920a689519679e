package io.github.sunoport.adapter.sunoapicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the project's mock server, which finishes tasks at once. */
class SunoApiComMockServerTest {
  private static MockServer server;
  private SunoClient client;

  @BeforeAll
  static void startServer() {
    server = MockServer.builder().port(0).timeline(Duration.ZERO).build().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void open() {
    server.admin().reset();
    client = SunoProviders.open("sunoapi-com", Fixtures.settings(server.baseUrl("sunoapi-com")));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void extends_uploaded_audio_and_reads_the_task_as_an_upload_extension_in_the_client_that_submitted_it() {
    TaskId id = client.audio().uploadExtend(UploadExtendRequest.fromAudio(
        URI.create("https://files.example.com/song.mp3"), Duration.ofMillis(100), SunoModel.V4_5));

    MusicTask task = client.music().fetch(id);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.operation()).isEqualTo(MusicOperation.UPLOAD_EXTEND);
    assertThat(task.rawOperation()).isEqualTo("extend_upload_music");
    assertThat(task.tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.audioUrl()).isPresent());
    // The newer task answer echoes no request, so another client cannot tell what the task was.
    try (SunoClient other = SunoProviders.open("sunoapi-com", Fixtures.settings(server.baseUrl("sunoapi-com")))) {
      assertThat(other.music().fetch(id).operation()).isEqualTo(MusicOperation.UNKNOWN);
    }
  }

  @Test
  void covers_a_clip_it_made_and_reads_the_task_as_a_cover() {
    TaskId id = client.audio().cover(CoverRequest.describe(TrackId.of("sunoapi-com", "clip-1"), "jazz",
        SunoModel.V4_5));

    MusicTask task = client.music().fetch(id);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.operation()).isEqualTo(MusicOperation.COVER);
    assertThat(task.tracks()).isNotEmpty();
  }

  @Test
  void submits_lyrics_and_fetches_them_succeeded() {
    TaskId id = client.lyrics().submit("a song about rain");

    LyricsTask task = client.lyrics().fetch(id);

    assertThat(id.provider().value()).isEqualTo("sunoapi-com");
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.variants()).hasSize(1);
    assertThat(task.variants().get(0).text()).isNotBlank();
    assertThat(task.request().prompt()).contains("a song about rain");
    assertThat(task.times().created()).isPresent();
  }

  @Test
  void submits_music_and_fetches_its_tracks_succeeded() {
    TaskId id = client.music().submit(MusicRequest.custom("Rain", "lofi, calm", "[Verse]\nRain on the roof")
        .model(SunoModel.V4).build());

    MusicTask task = client.music().fetch(id);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("succeeded,succeeded");
    assertThat(task.tracks()).hasSize(2).allSatisfy(track -> {
      assertThat(track.title()).isEqualTo("Rain");
      assertThat(track.tags()).containsExactly("lofi", "calm");
      assertThat(track.lyrics()).isEqualTo("[Verse]\nRain on the roof");
      assertThat(track.modelName()).contains("chirp-v4");
      assertThat(track.audioUrl()).isPresent();
      assertThat(track.duration()).isPresent();
    });
  }

  @Test
  void submits_a_description_and_extends_one_of_its_tracks() {
    MusicTask original = client.music().fetch(client.music().submit(MusicRequest.describe("calm piano").build()));
    TrackId clip = original.tracks().get(0).id();

    TaskId extension = client.music().extend(ExtendRequest.overriding(clip, Duration.ofSeconds(30), "[Verse]\nmore",
        "piano", "Longer", SunoModel.V4_5));

    assertThat(client.music().fetch(extension).state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(server.admin().requests()).filteredOn(r -> r.path().endsWith("/create")).last()
        .satisfies(r -> assertThat(r.body()).contains("\"task_type\":\"extend_music\"", "\"continue_at\":30"));
  }

  @Test
  void reads_the_documented_credits() {
    assertThat(client.account().credits().remaining()).isEqualByComparingTo("50");
  }

  @Test
  void reports_unknown_tasks_as_not_found() {
    assertThatThrownBy(() -> client.lyrics().fetch(TaskId.of("sunoapi-com", "no-such-task")))
        .isInstanceOf(TaskNotFoundException.class);
    assertThatThrownBy(() -> client.music().fetch(TaskId.of("sunoapi-com", "no-such-task")))
        .isInstanceOf(TaskNotFoundException.class);
  }

  @Test
  void maps_forced_faults_to_their_exceptions() {
    server.admin().failNext("sunoapi-com", "get-credits", 1, "unauthorized");
    assertThatThrownBy(() -> client.account().credits()).isInstanceOf(AuthenticationException.class);

    server.admin().failNext("sunoapi-com", "create", 1, "credits");
    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("x").build()))
        .isInstanceOf(InsufficientCreditsException.class);

    server.admin().failNext("sunoapi-com", "make-lyrics", 1, "455");
    assertThatThrownBy(() -> client.lyrics().submit("x")).isInstanceOf(MaintenanceException.class);

    server.admin().failNext("sunoapi-com", "make-lyrics", 1, "maintenance");
    assertThatThrownBy(() -> client.lyrics().submit("x")).isInstanceOf(MaintenanceException.class);

    server.admin().failNext("sunoapi-com", "get-credits", 3, "server-error");
    assertThatThrownBy(() -> client.account().credits()).isInstanceOf(ProviderServerException.class);
  }

  @Test
  void retries_a_read_past_one_forced_server_error() {
    server.admin().failNext("sunoapi-com", "get-credits", 1, "server-error");

    assertThat(client.account().credits().remaining()).isEqualByComparingTo("50");
  }
}
