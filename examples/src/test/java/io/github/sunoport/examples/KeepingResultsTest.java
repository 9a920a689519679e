package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.download.SavedResult;
import io.github.sunoport.core.ledger.ResultLink;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.lyrics.Lrc;
import io.github.sunoport.core.lyrics.Srt;
import io.github.sunoport.core.lyrics.SyncedLyrics;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's "Keeping results" code on a song made by the mock server. The mock's result links point at the
 * documented example hosts, which tests never call, so a loopback server stands in for the providers' storage.
 */
class KeepingResultsTest {
  @Test
  void saves_audio_and_cover_of_every_track_and_writes_its_lyrics_as_lrc_and_srt(@TempDir Path dir)
      throws Exception {
    HttpServer storage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    storage.createContext("/", exchange -> {
      byte[] body = ("bytes of " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type",
          exchange.getRequestURI().getPath().endsWith(".jpeg") ? "image/jpeg" : "audio/mpeg");
      exchange.sendResponseHeaders(200, body.length);
      try (exchange; OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    storage.start();
    try (MockServer mock = MockServer.builder().timeline(Duration.ZERO).build().start();
        SunoClient client = SunoProviders.open("kie", ProviderSettings.builder().apiKey("demo-key")
            .baseUrl(mock.baseUrl("kie")).build());
        CallbackReceiver receiver = CallbackReceiver.start(new PrintStream(OutputStream.nullOutputStream()))) {
      TaskLedger ledger = TaskLedger.inMemory();
      MusicRequest request = MusicRequest.describe("a song about rain").callbackUrl(receiver.url()).build();
      TaskId id = client.music().submit(request);
      ledger.recordSubmitted(SubmittedTask.of(id, "music.generate", request, Instant.now()));
      String base = "http://127.0.0.1:" + storage.getAddress().getPort() + "/";
      MusicTask finished = onLoopbackStorage(client.music().fetch(id), base);

      List<SavedResult> saved = KeepingResults.keep(client, ledger, finished, dir);

      assertThat(finished.tracks()).hasSize(2);
      assertThat(saved).hasSize(4).allSatisfy(s -> assertThat(s.alreadyThere()).isFalse());
      for (Track track : finished.tracks()) {
        Path audio = dir.resolve(track.id() + "-audio.mp3");
        assertThat(audio).hasContent("bytes of /" + track.id() + ".mp3");
        assertThat(dir.resolve(track.id() + "-image.jpeg")).hasContent("bytes of /" + track.id() + ".jpeg");
        SyncedLyrics lyrics = SyncedLyrics.from(client.music().timestampedLyrics(id, track.id()));
        assertThat(lyrics.sections()).isNotEmpty();
        assertThat(Lrc.parse(Files.readString(dir.resolve(track.id() + ".lrc")))).isEqualTo(lyrics);
        assertThat(Srt.parse(Files.readString(dir.resolve(track.id() + ".srt")))).isEqualTo(lyrics.withoutWords());
      }
      assertThat(ledger.results(id)).filteredOn(l -> l.savedTo().isPresent())
          .extracting(ResultLink::savedTo).hasSize(4);
      assertThat(KeepingResults.keep(client, ledger, finished, dir)).as("run again: all on disk already")
          .allSatisfy(s -> assertThat(s.alreadyThere()).isTrue());
    } finally {
      storage.stop(0);
    }
  }

  /** The same task with its tracks' files on the loopback storage server. */
  private static MusicTask onLoopbackStorage(MusicTask task, String base) {
    List<Track> tracks = task.tracks().stream().map(t -> Track.builder(t.id()).title(t.title()).lyrics(t.lyrics())
        .tags(t.tags()).audioUrl(base + t.id() + ".mp3").imageUrl(base + t.id() + ".jpeg").build())
        .collect(Collectors.toList());
    return MusicTask.builder(task.id(), task.state()).rawStatus(task.rawStatus()).operation(task.operation())
        .request(task.request()).tracks(tracks).times(task.times()).build();
  }
}
