package io.github.sunoport.core.model.derived;

/**
 * What one stem of a separation holds. A {@link SeparationType#TWO_STEMS} split gives {@link #VOCALS} and
 * {@link #INSTRUMENTAL}; a {@link SeparationType#TWELVE_STEMS} split gives vocals, backing vocals, drums, bass,
 * guitar, keyboard, percussion, strings, synth, FX, brass and woodwinds (kie.ai also names a piano stem).
 */
public enum StemRole {
  /** The lead vocals. */
  VOCALS,
  /** Everything but the vocals (two-stem split only). */
  INSTRUMENTAL,
  /** Backing vocals. */
  BACKING_VOCALS,
  /** Drums. */
  DRUMS,
  /** Bass. */
  BASS,
  /** Guitar. */
  GUITAR,
  /** Piano (kie.ai's schema names it; no documented example fills it). */
  PIANO,
  /** Keyboard. */
  KEYBOARD,
  /** Percussion. */
  PERCUSSION,
  /** Strings. */
  STRINGS,
  /** Synthesizer. */
  SYNTH,
  /** Effects and everything else. */
  FX,
  /** Brass. */
  BRASS,
  /** Woodwinds. */
  WOODWINDS,
  /** A stem whose name this library does not know; its {@link StemPart#name()} says what the provider called it. */
  OTHER;

  /**
   * Returns the role a provider's stem name stands for, ignoring case, spaces and punctuation ({@code "Vocals"},
   * {@code "Backing Vocals"}, {@code "backing_vocals"}, {@code "FX"}; {@code "Vocal"} too), or {@link #OTHER} for a
   * name this library does not know, a blank name or null.
   */
  public static StemRole named(String name) {
    if (name == null) {
      return OTHER;
    }
    String key = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    if (key.equals("vocal")) {
      return VOCALS;
    }
    for (StemRole role : values()) {
      if (role != OTHER && role.name().toLowerCase(java.util.Locale.ROOT).replace("_", "").equals(key)) {
        return role;
      }
    }
    return OTHER;
  }
}
