package io.github.sunoport.core.ledger;

import java.util.List;
import java.util.Locale;

/** What a result link points at, and so which content types a download of it may have. */
public enum ResultKind {
  /** A finished track's audio (MP3 or similar). */
  AUDIO("audio/"),
  /** A stream of a track still being generated. */
  STREAM("audio/"),
  /** A track converted to WAV. */
  WAV("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"),
  /** One stem of a separated track (vocals, drums, ...). */
  STEM("audio/"),
  /** A MIDI transcription. */
  MIDI("audio/midi", "audio/x-midi", "audio/mid"),
  /** A music video. */
  VIDEO("video/"),
  /** Cover art. */
  IMAGE("image/");

  private final List<String> accepted;

  ResultKind(String... accepted) {
    this.accepted = List.of(accepted);
  }

  /**
   * Returns true if a server's {@code Content-Type} fits this kind: its media type (parameters ignored, case
   * ignored) equals one listed or starts with a listed family such as {@code audio/}. Storage hosts often answer
   * {@code application/octet-stream} for any file; that is accepted too, since it says nothing either way.
   */
  public boolean accepts(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return false;
    }
    String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (media.equals("application/octet-stream")) {
      return true;
    }
    for (String each : accepted) {
      if (each.endsWith("/") ? media.startsWith(each) && media.length() > each.length() : media.equals(each)) {
        return true;
      }
    }
    return false;
  }
}
