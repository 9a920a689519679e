package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local file to a finished cover, end to end on loopback for one family provider: the real adapter streams the
 * file to the mock's upload host, covers the URL the mock serves it from, awaits the task and receives its
 * callbacks. A provider module extends it, naming its id and a model it offers.
 */
public abstract class LocalFileCoverSuite {
  private static final byte[] AUDIO = "ID3\u0004 not really an mp3, but bytes all the same".getBytes();

  private MockServer server;
  private CallbackReceiver receiver;
  private SunoClient client;

  /** The provider id, such as {@code kie}. */
  protected abstract String provider();

  /** A model the provider offers for upload-cover. */
  protected abstract SunoModel model();

  @BeforeEach
  void start() {
    server = MockServer.builder().timeline(Duration.ofMillis(300)).build().start();
    receiver = CallbackReceiver.start();
    // Only the API base URL is set: uploads follow it to the mock rather than to the provider's real upload host.
    client = SunoProviders.open(provider(),
        ProviderSettings.builder().apiKey("e2e-key").baseUrl(server.baseUrl(provider())).build());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.close();
    server.close();
  }

  @Test
  void a_local_file_becomes_a_finished_cover(@TempDir Path dir) throws Exception {
    Path song = Files.write(dir.resolve("my demo.mp3"), AUDIO);

    TaskId id = client.coverLocalFile(song, url -> UploadCoverRequest.customInstrumental(url, "Rainy Cover",
        "lo-fi jazz").model(model()).callbackUrl(receiver.url()).build());
    MusicTask done = TaskAwaiter.create().await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED)
        .withIntervals(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(10))
        .withTimeout(Duration.ofSeconds(30)));

    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.operation()).isEqualTo(MusicOperation.UPLOAD_COVER);
    assertThat(done.tracks()).hasSize(2).allSatisfy(track -> {
      assertThat(track.audioUrl()).isPresent();
      assertThat(track.title()).isEqualTo("Rainy Cover");
      assertThat(track.tags()).containsExactly("lo-fi jazz");
    });
    List<CallbackEvent> events = receiver.next(3).stream()
        .map(d -> client.callbacks().parse(d.body(), d.headers())).collect(Collectors.toList());
    assertThat(events).extracting(CallbackEvent::stage)
        .containsExactly(CallbackStage.TEXT_READY, CallbackStage.FIRST_TRACK_READY, CallbackStage.COMPLETE);
    assertThat(events.get(2).tracks()).extracting(Track::id)
        .containsExactlyElementsOf(done.tracks().stream().map(Track::id).collect(Collectors.toList()));
  }

  @Test
  void the_uploaded_file_is_served_back_byte_for_byte(@TempDir Path dir) throws Exception {
    Path song = Files.write(dir.resolve("demo.wav"), AUDIO);

    UploadedFile file = client.files().uploadAudio(song);

    assertThat(file.url().toString()).startsWith(server.baseUrl(provider()) + "files/");
    assertThat(file.size()).hasValue(AUDIO.length);
    assertThat(file.mimeType()).contains("audio/wav");
    assertThat(file.isAudio()).isTrue();
    HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(file.url()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(served.body()).isEqualTo(AUDIO);
  }

  @Test
  void a_cover_of_an_upload_that_does_not_exist_is_refused_like_a_fetch_failure() {
    URI gone = URI.create(server.baseUrl(provider()) + "files/0123456789abcdef");

    assertThatThrownBy(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(gone, "t", "jazz")
        .model(model()).callbackUrl(receiver.url()).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.details().providerCode()).hasValue(451));
  }
}
