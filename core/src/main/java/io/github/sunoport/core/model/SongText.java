package io.github.sunoport.core.model;

import java.util.Optional;

/**
 * The rules of description and custom mode that every song-writing request shares (generate, upload-cover, mashup):
 * custom mode needs a title and a style, and lyrics unless instrumental; description mode needs a prompt and takes
 * neither title, style, lyrics nor persona.
 */
final class SongText {
  private SongText() {}

  static void check(boolean customMode, Optional<String> prompt, Optional<String> lyrics, Optional<String> style,
      Optional<String> title, boolean instrumental, Tuning tuning) {
    Checks.optionalText(prompt, "prompt", MusicRequest.MAX_TEXT_LENGTH);
    Checks.optionalText(lyrics, "lyrics", MusicRequest.MAX_TEXT_LENGTH);
    Checks.optionalText(style, "style", MusicRequest.MAX_TEXT_LENGTH);
    Checks.optionalText(title, "title", MusicRequest.MAX_TEXT_LENGTH);
    Checks.present(tuning, "tuning");
    if (customMode) {
      require(style, "style", "custom mode needs a style");
      require(title, "title", "custom mode needs a title");
      if (!instrumental && prompt.isEmpty() && lyrics.isEmpty()) {
        throw Checks.invalid("prompt", "is missing: custom mode with vocals needs the lyrics as prompt (or as lyrics)");
      }
    } else {
      require(prompt, "prompt", "description mode needs a prompt describing the song");
      forbid(style.isPresent(), "style");
      forbid(title.isPresent(), "title");
      forbid(lyrics.isPresent(), "lyrics");
      forbid(tuning.personaId().isPresent(), "personaId");
    }
  }

  static void require(Optional<?> value, String name, String why) {
    if (value.isEmpty()) {
      throw Checks.invalid(name, "is missing: " + why);
    }
  }

  private static void forbid(boolean present, String name) {
    if (present) {
      throw Checks.invalid(name, "is only used in custom mode");
    }
  }
}
