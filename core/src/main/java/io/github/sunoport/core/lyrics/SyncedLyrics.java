package io.github.sunoport.core.lyrics;

import io.github.sunoport.core.model.AlignedWord;
import io.github.sunoport.core.model.TimestampedLyrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A track's lyrics in sections, lines and words, each with when it is sung: what karaoke players and subtitle
 * files need. Made from the provider's aligned words ({@link #from(TimestampedLyrics)}), written with {@link Lrc}
 * and {@link Srt}, and read back by them.
 *
 * <pre>{@code
 * SyncedLyrics synced = SyncedLyrics.from(client.music().timestampedLyrics(task, trackId));
 * Files.writeString(dir.resolve("song.lrc"), Lrc.enhanced(synced));
 * Files.writeString(dir.resolve("song.srt"), Srt.write(synced));
 * }</pre>
 *
 * @param sections the sections in order; empty for an instrumental track
 */
public record SyncedLyrics(List<SyncedSection> sections) {
  // A section marker, a line break, or a run of other text; "[" alone covers a bracket that opens no marker.
  private static final Pattern TOKEN = Pattern.compile("\\[([^\\[\\]\\r\\n]{1,60})]|\\R|[^\\[\\r\\n]+|\\[");

  /** Copies {@code sections}, which must not contain null. */
  public SyncedLyrics {
    sections = List.copyOf(Objects.requireNonNull(sections, "sections == null"));
  }

  /** Returns the lyrics of {@code lyrics}' aligned words; see {@link #from(List)}. */
  public static SyncedLyrics from(TimestampedLyrics lyrics) {
    Objects.requireNonNull(lyrics, "lyrics == null");
    return from(lyrics.words());
  }

  /**
   * Groups aligned words into sections and lines. Providers send a section marker and line breaks inside a word's
   * text ({@code "[Verse]\nWaggin'"}): a marker starts a section, a line break ends a line, and the rest of the text
   * is the word, timed as sent. A word the provider could not align (its times are often zero) is placed at the
   * end of the word before it. Markers followed by no words (an {@code [Instrumental]} break) leave no section,
   * since nothing in them is sung.
   */
  public static SyncedLyrics from(List<AlignedWord> words) {
    Objects.requireNonNull(words, "words == null");
    Builder builder = new Builder();
    Duration previousEnd = Duration.ZERO;
    for (AlignedWord given : words) {
      AlignedWord word = given.aligned() ? given : new AlignedWord(given.word(), true, previousEnd, previousEnd);
      previousEnd = word.end();
      Matcher token = TOKEN.matcher(word.word());
      while (token.find()) {
        String text = token.group();
        if (token.group(1) != null) {
          builder.section(token.group(1).strip());
        } else if (text.matches("\\R")) {
          builder.endLine();
        } else {
          String clean = text.strip().replaceAll("\\s+", " ");
          if (!clean.isEmpty()) {
            builder.word(new SyncedWord(clean, word.start(), word.end()));
          }
        }
      }
    }
    return builder.build();
  }

  /** Returns the same lyrics without word times, as line-level LRC and SRT keep them. */
  public SyncedLyrics withoutWords() {
    List<SyncedSection> out = new ArrayList<>();
    for (SyncedSection section : sections) {
      out.add(new SyncedSection(section.label(), section.lines().stream().map(SyncedLine::withoutWords).toList()));
    }
    return new SyncedLyrics(out);
  }

  /** Collects words into lines and lines into sections, in order. */
  static final class Builder {
    private final List<SyncedSection> sections = new ArrayList<>();
    private final List<SyncedLine> lines = new ArrayList<>();
    private final List<SyncedWord> words = new ArrayList<>();
    private String label = "";

    void section(String newLabel) {
      endSection();
      label = newLabel;
    }

    void word(SyncedWord word) {
      words.add(word);
    }

    void line(SyncedLine line) {
      endLine();
      lines.add(line);
    }

    void endLine() {
      if (!words.isEmpty()) {
        lines.add(SyncedLine.of(words));
        words.clear();
      }
    }

    void endSection() {
      endLine();
      if (!lines.isEmpty()) {
        sections.add(new SyncedSection(label, lines));
        lines.clear();
      }
      label = "";
    }

    SyncedLyrics build() {
      endSection();
      return new SyncedLyrics(sections);
    }
  }
}
