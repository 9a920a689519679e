package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One section of synced lyrics, such as the lines after {@code [Chorus]}.
 *
 * @param label the marker without brackets ({@code Verse 2}); empty for lines before the first marker
 * @param lines its lines in order; at least one
 */
public record SyncedSection(String label, List<SyncedLine> lines) {
  /** Checks that no component is null and there is a line; copies {@code lines}. */
  public SyncedSection {
    Objects.requireNonNull(label, "label == null");
    if (label.contains("[") || label.contains("]") || label.contains("\n") || !label.strip().equals(label)) {
      throw new IllegalArgumentException("a section label has no brackets, line breaks or surrounding space: '"
          + label + "'");
    }
    lines = List.copyOf(Objects.requireNonNull(lines, "lines == null"));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("section '" + label + "' has no lines");
    }
  }

  /** When its first line starts. */
  public Duration start() {
    return lines.get(0).start();
  }
}
