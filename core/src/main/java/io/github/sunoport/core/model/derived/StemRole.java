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
  OTHER
}
