package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.download.SavedResult;
import io.github.sunoport.core.ledger.ResultEntry;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's "Keeping results" code end to end: a song made by the mock server, downloaded from it. */
class KeepingResultsTest {
  @Test
  void saves_audio_and_cover_of_every_track_and_writes_its_lyrics_as_lrc_and_srt(@TempDir Path dir)
      throws Exception {
    try (MockServer mock = MockServer.builder().timeline(Duration.ZERO).build().start();
        SunoClient client = SunoProviders.open("kie", ProviderSettings.builder().apiKey("demo-key")
            .baseUrl(mock.baseUrl("kie")).build());
        CallbackReceiver receiver = CallbackReceiver.start(new PrintStream(OutputStream.nullOutputStream()))) {
      TaskLedger ledger = TaskLedger.inMemory();
      MusicRequest request = MusicRequest.describe("a song about rain").callbackUrl(receiver.url()).build();
      TaskId id = client.music().submit(request);
      ledger.recordSubmitted(SubmittedTask.of(id, "music.generate", request, Instant.now()));
      MusicTask finished = client.music().fetch(id);

      List<SavedResult> saved = KeepingResults.keep(client, ledger, finished, dir);

      assertThat(finished.tracks()).hasSize(2);
      assertThat(saved).hasSize(4).allSatisfy(s -> assertThat(s.alreadyThere()).isFalse());
      for (Track track : finished.tracks()) {
        assertThat(Files.readAllBytes(dir.resolve(track.id().value() + "-audio.mp3")))
            .as("the mock's second of silent MP3").hasSize(417 * 38).startsWith((byte) 0xFF, (byte) 0xFB);
        assertThat(ImageIO.read(dir.resolve(track.id().value() + "-image.jpeg").toFile()).getWidth()).isEqualTo(16);
        SyncedLyrics lyrics = SyncedLyrics.from(client.music().timestampedLyrics(id, track.id()));
        assertThat(lyrics.sections()).isNotEmpty();
        assertThat(Lrc.parse(Files.readString(dir.resolve(track.id().value() + ".lrc")))).isEqualTo(lyrics);
        assertThat(Srt.parse(Files.readString(dir.resolve(track.id().value() + ".srt")))).isEqualTo(lyrics.withoutWords());
      }
      assertThat(ledger.results(id)).filteredOn(l -> l.savedTo().isPresent())
          .extracting(ResultEntry::savedTo).hasSize(4);
      assertThat(KeepingResults.keep(client, ledger, finished, dir)).as("run again: all on disk already")
          .allSatisfy(s -> assertThat(s.alreadyThere()).isTrue());
    }
  }
}
