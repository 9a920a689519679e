package io.github.sunoport.examples;

import io.github.sunoport.core.download.ResultDownloader;
import io.github.sunoport.core.download.SavedResult;
import io.github.sunoport.core.ledger.ResultKind;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.lyrics.Lrc;
import io.github.sunoport.core.lyrics.Srt;
import io.github.sunoport.core.lyrics.SyncedLyrics;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's "Keeping results": saves a finished song's audio and cover before the provider deletes them, and its
 * timed lyrics as LRC and SRT, recording in the ledger where each file went.
 */
final class KeepingResults {
  private KeepingResults() {}

  static List<SavedResult> keep(SunoClient client, TaskLedger ledger, MusicTask task, Path dir) throws IOException {
    ledger.record(task, Instant.now()); // the links the last poll (or callback) showed
    ResultDownloader downloader = ResultDownloader.builder().ledger(ledger).build();
    List<SavedResult> saved = new ArrayList<>();
    for (ResultEntry result : ledger.results(task.id())) {
      if (result.kind() != ResultKind.STREAM) { // streams are for listening while a song is generated
        saved.add(downloader.save(result, dir.resolve(fileName(result))));
      }
    }
    for (Track track : task.tracks()) {
      SyncedLyrics lyrics = SyncedLyrics.from(client.music().timestampedLyrics(task.id(), track.id()));
      Files.writeString(dir.resolve(safe(track.id().value()) + ".lrc"), Lrc.enhanced(lyrics));
      Files.writeString(dir.resolve(safe(track.id().value()) + ".srt"), Srt.write(lyrics));
    }
    return saved;
  }

  /** {@code <track id>-audio.mp3}, {@code <track id>-image.jpeg}: ids come from the provider, so keep them tame. */
  static String fileName(ResultEntry result) {
    return safe(result.key().replace('/', '-')) + (result.kind() == ResultKind.IMAGE ? ".jpeg" : ".mp3");
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
  }
}
