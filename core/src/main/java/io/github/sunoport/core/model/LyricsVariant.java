package io.github.sunoport.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One set of lyrics a lyrics task produced; providers produce one to three per task.
 *
 * @param title the title, possibly empty
 * @param text the lyrics with their section markers, possibly empty
 * @param state {@link TaskState#SUCCEEDED} for a complete variant, {@link TaskState#FAILED} for a failed one
 * @param error the provider's message for a failed variant; empty when it sent none
 */
public record LyricsVariant(String title, String text, TaskState state, Optional<String> error) {
  /** Checks that no component is null. */
  public LyricsVariant {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(error, "error == null");
  }

  /** The lyrics split into their sections, in order. */
  public List<LyricsSection> sections() {
    return LyricsSection.parse(text);
  }
}
