package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SRT, the subtitle format video players and editors read: numbered cues, each {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}
 * and its text. One cue per line of lyrics, from its first word's start to its last word's end; the first cue of a
 * section shows the label in brackets on a line above ({@code [Chorus]}). Times are written to the millisecond.
 */
public final class Srt {
  private static final Pattern TIMES = Pattern.compile(
      "(\\d{1,3}):(\\d{2}):(\\d{2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,3}):(\\d{2}):(\\d{2})[,.](\\d{1,3}).*");
  private static final Pattern LABEL = Pattern.compile("\\[([^\\[\\]]{1,60})]");

  private Srt() {}

  /** Writes one cue per line. */
  public static String write(SyncedLyrics lyrics) {
    Objects.requireNonNull(lyrics, "lyrics == null");
    StringBuilder out = new StringBuilder();
    int cue = 0;
    for (SyncedSection section : lyrics.sections()) {
      boolean first = true;
      for (SyncedLine line : section.lines()) {
        out.append(++cue).append('\n')
            .append(Times.srt(line.start())).append(" --> ").append(Times.srt(line.end())).append('\n');
        if (first && !section.label().isEmpty()) {
          out.append('[').append(section.label()).append("]\n");
        }
        out.append(line.text()).append("\n\n");
        first = false;
      }
    }
    return out.toString();
  }

  /**
   * Reads SRT. A cue's text lines are joined by single spaces; a first text line that is only a bracketed label
   * starts a section. Cue numbers are not checked, since editors renumber freely.
   *
   * @throws LyricsFormatException naming the cue, for a cue without a time line, with an end before its start, or
   *     without text
   */
  public static SyncedLyrics parse(String srt) {
    Objects.requireNonNull(srt, "srt == null");
    SyncedLyrics.Builder builder = new SyncedLyrics.Builder();
    String[] blocks = srt.strip().replace("\uFEFF", "").split("\\R[ \\t]*\\R");
    for (int b = 0; b < blocks.length; b++) {
      List<String> rows = new ArrayList<>(List.of(blocks[b].strip().split("\\R")));
      if (rows.size() == 1 && rows.get(0).isBlank()) {
        continue;
      }
      if (!rows.isEmpty() && rows.get(0).strip().matches("\\d+")) {
        rows.remove(0);
      }
      Matcher times = rows.isEmpty() ? null : TIMES.matcher(rows.get(0).strip());
      if (times == null || !times.matches()) {
        throw invalid(b, " has no 'HH:MM:SS,mmm --> HH:MM:SS,mmm' line", null);
      }
      rows.remove(0);
      Duration start = time(times, 1, b);
      Duration end = time(times, 5, b);
      if (end.compareTo(start) < 0) {
        throw invalid(b, " ends before it starts", null);
      }
      if (rows.size() > 1) {
        Matcher label = LABEL.matcher(rows.get(0).strip());
        if (label.matches()) {
          try {
            builder.section(label.group(1).strip());
          } catch (IllegalArgumentException e) {
            throw invalid(b, ": " + e.getMessage(), e);
          }
          rows.remove(0);
        }
      }
      String text = String.join(" ", rows).strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        throw invalid(b, " has no text", null);
      }
      try {
        builder.line(new SyncedLine(start, end, text, List.of()));
      } catch (IllegalArgumentException e) {
        throw invalid(b, ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static Duration time(Matcher m, int group, int block) {
    try {
      return Times.of(m.group(group), m.group(group + 1), m.group(group + 2), m.group(group + 3));
    } catch (IllegalArgumentException e) {
      throw invalid(block, ": " + e.getMessage(), e);
    }
  }

  private static LyricsFormatException invalid(int block, String problem, Throwable cause) {
    return new LyricsFormatException("SRT", block + 1, problem, cause);
  }
}
