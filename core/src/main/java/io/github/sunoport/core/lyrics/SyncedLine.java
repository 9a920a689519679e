package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of lyrics and when it is sung.
 *
 * @param start when its first word starts
 * @param end when its last word ends (the latest end of its words); not before {@code start}
 * @param text the line's words joined by single spaces
 * @param words its words with their times; empty when only line times are known (line-level LRC, SRT)
 */
public record SyncedLine(Duration start, Duration end, String text, List<SyncedWord> words) {
  /** Checks the times and that no component is null; copies {@code words}. */
  public SyncedLine {
    Times.check(start, end, "line '" + text + "'");
    Objects.requireNonNull(text, "text == null");
    words = List.copyOf(Objects.requireNonNull(words, "words == null"));
  }

  /**
   * Returns the line made of {@code words}, in order: from the first word's start to the latest end among them.
   *
   * @throws IllegalArgumentException if {@code words} is empty
   */
  public static SyncedLine of(List<SyncedWord> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line needs at least one word");
    }
    String text = words.stream().map(SyncedWord::text).collect(Collectors.joining(" "));
    Duration end = words.stream().map(SyncedWord::end).max(Duration::compareTo).orElseThrow();
    return new SyncedLine(words.get(0).start(), end, text, words);
  }

  /** Returns the same line without word times. */
  public SyncedLine withoutWords() {
    return new SyncedLine(start, end, text, List.of());
  }
}
