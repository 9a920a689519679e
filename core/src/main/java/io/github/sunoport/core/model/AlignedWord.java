package io.github.sunoport.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A word (or a section marker with its first word) of a track's lyrics, with when it is sung.
 *
 * @param word the text as the provider split it
 * @param aligned whether the provider could align this word
 * @param start when it starts, from the beginning of the track
 * @param end when it ends; not before {@code start}
 */
public record AlignedWord(String word, boolean aligned, Duration start, Duration end) {
  /** Checks that no component is null and that the word does not end before it starts. */
  public AlignedWord {
    Objects.requireNonNull(word, "word == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (start.isNegative() || end.compareTo(start) < 0) {
      throw new IllegalArgumentException("word '" + word + "' has start " + start + " and end " + end);
    }
  }
}
