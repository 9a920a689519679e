package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.Objects;

/**
 * One sung word and when.
 *
 * @param text the word, without surrounding white space; not blank
 * @param start when it starts, from the beginning of the track
 * @param end when it ends; not before {@code start}
 */
public record SyncedWord(String text, Duration start, Duration end) {
  /** Checks the text and the times. */
  public SyncedWord {
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank() || !text.strip().equals(text)) {
      throw new IllegalArgumentException("a word must be non-blank text without surrounding space: '" + text + "'");
    }
    Times.check(start, end, "word '" + text + "'");
  }
}
