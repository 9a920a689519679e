package io.github.sunoport.core.model;

import java.time.Duration;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The rules every extension shares (of a generated track or of uploaded audio): keeping the source's parameters
 * takes no new text and no instrumental switch; overriding them needs the point to continue at, style and title, and
 * lyrics unless instrumental, and an instrumental takes neither lyrics nor a preferred voice.
 */
final class Extension {
  private Extension() {}

  static void check(String source, boolean keepSourceParameters, Optional<Duration> continueAt, Optional<String> prompt,
      Optional<String> style, Optional<String> title, boolean instrumental, Tuning tuning) {
    override(source, prompt, "prompt", keepSourceParameters);
    override(source, style, "style", keepSourceParameters);
    override(source, title, "title", keepSourceParameters);
    Checks.present(tuning, "tuning");
    if (keepSourceParameters) {
      if (instrumental) {
        throw Checks.invalid("instrumental", "cannot be set when keeping the " + source + "'s parameters");
      }
      return;
    }
    if (instrumental && prompt.isPresent()) {
      throw Checks.invalid("prompt", "cannot be set for an instrumental extension: it has no lyrics");
    }
    if (instrumental && tuning.vocalGender().isPresent()) {
      throw Checks.invalid("vocalGender", "cannot be set for an instrumental extension: it has no voice");
    }
    StringJoiner missing = new StringJoiner(", ");
    if (continueAt.isEmpty()) {
      missing.add("continueAt");
    }
    if (prompt.isEmpty() && !instrumental) {
      missing.add("prompt");
    }
    if (style.isEmpty()) {
      missing.add("style");
    }
    if (title.isEmpty()) {
      missing.add("title");
    }
    if (missing.length() > 0) {
      throw Checks.invalid(missing.toString().split(",")[0], "is missing: overriding an extension needs continueAt, "
          + (instrumental ? "" : "prompt, ") + "style and title; missing: " + missing);
    }
  }

  private static void override(String source, Optional<String> value, String name, boolean keepSourceParameters) {
    Checks.optionalText(value, name, MusicRequest.MAX_TEXT_LENGTH);
    if (keepSourceParameters && value.isPresent()) {
      throw Checks.invalid(name, "cannot be set when keeping the " + source + "'s parameters");
    }
  }
}
