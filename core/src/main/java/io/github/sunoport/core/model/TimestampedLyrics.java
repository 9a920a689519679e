package io.github.sunoport.core.model;

import java.util.List;

/**
 * A track's lyrics word by word with timings. Instrumental tracks have no words.
 *
 * @param words the words in the order they are sung
 */
public record TimestampedLyrics(List<AlignedWord> words) {
  /** Copies {@code words}, which must not contain null. */
  public TimestampedLyrics {
    words = Checks.list(words, "words");
  }
}
