package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LRC, the lyrics format of karaoke players and music apps: one {@code [mm:ss.xx]} time tag per line, and in the
 * enhanced variant a {@code <mm:ss.xx>} tag before each word and after the last one. A word that ends before the next
 * one starts gets its own end tag ({@code <00:01.79>my<00:02.00> <00:02.30>tail}), so pauses survive; players that
 * only know start tags read that as a short silence. A section starts with a timed line holding its label in
 * brackets ({@code [00:12.50][Chorus]}). Times are written to the hundredth of a second.
 */
public final class Lrc {
  private static final Pattern TIMED = Pattern.compile("\\[(\\d{1,4}):(\\d{2})(?:[.:](\\d{1,3}))?](.*)");
  private static final Pattern ID_TAG = Pattern.compile("\\[[A-Za-z#]+:[^]]*]");
  private static final Pattern LABEL = Pattern.compile("\\[([^\\[\\]]{1,60})]");
  private static final Pattern WORD_TAG = Pattern.compile("<(\\d{1,4}):(\\d{2})(?:[.:](\\d{1,3}))?>");

  private Lrc() {}

  /** Writes one time tag per line: what every LRC player reads. */
  public static String lines(SyncedLyrics lyrics) {
    return write(lyrics, false);
  }

  /** Writes enhanced LRC: line time tags plus a {@code <mm:ss.xx>} tag before each word and after its last word. */
  public static String enhanced(SyncedLyrics lyrics) {
    return write(lyrics, true);
  }

  private static String write(SyncedLyrics lyrics, boolean words) {
    Objects.requireNonNull(lyrics, "lyrics == null");
    StringBuilder out = new StringBuilder();
    for (SyncedSection section : lyrics.sections()) {
      if (!section.label().isEmpty()) {
        out.append('[').append(Times.lrc(section.start())).append("][").append(section.label()).append("]\n");
      }
      for (SyncedLine line : section.lines()) {
        out.append('[').append(Times.lrc(line.start())).append(']');
        if (words && !line.words().isEmpty()) {
          List<SyncedWord> all = line.words();
          for (int i = 0; i < all.size(); i++) {
            SyncedWord word = all.get(i);
            out.append(i == 0 ? "" : " ").append('<').append(Times.lrc(word.start())).append('>').append(word.text());
            boolean last = i == all.size() - 1;
            if (last || !Times.lrc(word.end()).equals(Times.lrc(all.get(i + 1).start()))) {
              out.append('<').append(Times.lrc(word.end())).append('>');
            }
          }
        } else {
          out.append(line.text());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Reads LRC, plain or enhanced. ID tags ({@code [ar:...]}, {@code [ti:...]}) and blank lines are skipped. A plain
   * line ends where the next one starts (the last one where it starts); an enhanced line ends at its last tag.
   *
   * @throws LyricsFormatException naming the line number, for a line that is neither an ID tag nor timed, or
   *     that repeats time tags ({@code [00:12.00][00:45.00]text}), which this reader does not expand
   */
  public static SyncedLyrics parse(String lrc) {
    Objects.requireNonNull(lrc, "lrc == null");
    List<Object> items = new ArrayList<>(); // labels (LabelAt) and lines (Line) in order
    String[] rows = lrc.split("\\R");
    for (int n = 0; n < rows.length; n++) {
      String row = rows[n].strip();
      if (row.isEmpty() || ID_TAG.matcher(row).matches()) {
        continue;
      }
      Matcher timed = TIMED.matcher(row);
      if (!timed.matches()) {
        throw invalid(n, " has no time tag: '" + shorten(row) + "'", null);
      }
      String rest = timed.group(4);
      if (TIMED.matcher(rest).matches()) {
        throw invalid(n, " repeats time tags, which is not supported", null);
      }
      Duration start = time(timed.group(1), timed.group(2), timed.group(3), n);
      Matcher label = LABEL.matcher(rest.strip());
      if (label.matches()) {
        items.add(new LabelAt(label.group(1).strip(), n));
      } else {
        items.add(new Line(start, rest, n));
      }
    }
    SyncedLyrics.Builder builder = new SyncedLyrics.Builder();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof LabelAt label) {
        try {
          builder.section(label.text);
        } catch (LyricsFormatException e) {
          throw e;
        } catch (IllegalArgumentException e) {
          throw invalid(label.index, ": " + e.getMessage(), e);
        }
      } else {
        Line line = (Line) items.get(i);
        try {
          builder.line(line.toSynced(nextStart(items, i + 1, line.start)));
        } catch (LyricsFormatException e) {
          throw e;
        } catch (IllegalArgumentException e) {
          throw invalid(line.index, ": " + e.getMessage(), e);
        }
      }
    }
    return builder.build();
  }

  private static Duration nextStart(List<Object> items, int from, Duration fallback) {
    for (int i = from; i < items.size(); i++) {
      if (items.get(i) instanceof Line next) {
        return next.start.compareTo(fallback) >= 0 ? next.start : fallback;
      }
    }
    return fallback;
  }

  private record LabelAt(String text, int index) {}

  private record Line(Duration start, String rest, int index) {
    SyncedLine toSynced(Duration plainEnd) {
      Matcher tag = WORD_TAG.matcher(rest);
      if (!tag.find()) {
        return new SyncedLine(start, plainEnd, rest.strip().replaceAll("\\s+", " "), List.of());
      }
      List<SyncedWord> words = new ArrayList<>();
      Duration at = time(tag.group(1), tag.group(2), tag.group(3), index);
      int textFrom = tag.end();
      while (tag.find()) {
        Duration next = time(tag.group(1), tag.group(2), tag.group(3), index);
        addWord(words, rest.substring(textFrom, tag.start()), at, next);
        at = next;
        textFrom = tag.end();
      }
      addWord(words, rest.substring(textFrom), at, at);
      if (words.isEmpty()) {
        throw invalid(index, " has word tags but no words", null);
      }
      return SyncedLine.of(words);
    }

    private void addWord(List<SyncedWord> words, String text, Duration from, Duration to) {
      String clean = text.strip().replaceAll("\\s+", " ");
      if (clean.isEmpty()) {
        return;
      }
      if (to.compareTo(from) < 0) {
        throw invalid(index, ": word '" + clean + "' ends before it starts", null);
      }
      words.add(new SyncedWord(clean, from, to));
    }
  }

  private static Duration time(String minutes, String seconds, String fraction, int index) {
    try {
      return Times.of(null, minutes, seconds, fraction);
    } catch (IllegalArgumentException e) {
      throw invalid(index, ": " + e.getMessage(), e);
    }
  }

  private static LyricsFormatException invalid(int index, String problem, Throwable cause) {
    return new LyricsFormatException("LRC", index + 1, problem, cause);
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
