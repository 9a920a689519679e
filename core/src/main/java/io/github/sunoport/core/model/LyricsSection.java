package io.github.sunoport.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of lyrics, such as the lines after {@code [Chorus]}.
 *
 * @param label the marker without brackets ({@code Verse 2}); empty for lines before the first marker
 * @param text the section's lines, without leading or trailing blank lines
 */
public record LyricsSection(String label, String text) {
  private static final Pattern MARKER = Pattern.compile("^\\s*\\[([^\\[\\]\\r\\n]{1,60})\\]\\s*(.*)$");

  /** Checks that no component is null. */
  public LyricsSection {
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(text, "text == null");
  }

  /**
   * Splits {@code lyrics} at the section markers that start lines ({@code [Verse]}, {@code [Chorus]}, ...), in
   * order. Text after a marker on the same line belongs to that section. Lines before the first marker form a section
   * with an empty label, if they are not blank.
   */
  public static List<LyricsSection> parse(String lyrics) {
    Objects.requireNonNull(lyrics, "lyrics == null");
    List<LyricsSection> sections = new ArrayList<>();
    String label = "";
    StringBuilder body = new StringBuilder();
    for (String line : lyrics.split("\\R", -1)) {
      Matcher m = MARKER.matcher(line);
      if (m.matches()) {
        add(sections, label, body);
        label = m.group(1).strip();
        body.setLength(0);
        if (!m.group(2).isBlank()) {
          body.append(m.group(2).strip()).append('\n');
        }
      } else {
        body.append(line).append('\n');
      }
    }
    add(sections, label, body);
    return List.copyOf(sections);
  }

  private static void add(List<LyricsSection> sections, String label, StringBuilder body) {
    String text = body.toString().strip();
    if (!label.isEmpty() || !text.isEmpty()) {
      sections.add(new LyricsSection(label, text));
    }
  }
}
