package io.github.sunoport.core.model;

import java.util.Objects;

/** The musical key of a generated sound: any, or one of the 24 major and minor keys. */
public enum SoundKey {
  /** Let the provider choose. */
  ANY("Any"),
  C("C"), C_SHARP("C#"), D("D"), D_SHARP("D#"), E("E"), F("F"), F_SHARP("F#"), G("G"), G_SHARP("G#"), A("A"),
  A_SHARP("A#"), B("B"),
  C_MINOR("Cm"), C_SHARP_MINOR("C#m"), D_MINOR("Dm"), D_SHARP_MINOR("D#m"), E_MINOR("Em"), F_MINOR("Fm"),
  F_SHARP_MINOR("F#m"), G_MINOR("Gm"), G_SHARP_MINOR("G#m"), A_MINOR("Am"), A_SHARP_MINOR("A#m"), B_MINOR("Bm");

  private final String symbol;

  SoundKey(String symbol) {
    this.symbol = symbol;
  }

  /** The key as musicians and providers write it: {@code C#m}, {@code D}, {@code Any}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the key written as {@code symbol} ({@code C#m}, {@code D}, {@code Any}; case matters only for the
   * minor {@code m}).
   *
   * @throws IllegalArgumentException if no key is written that way
   */
  public static SoundKey of(String symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    for (SoundKey key : values()) {
      if (key.symbol.equals(symbol.strip()) || key == ANY && "any".equalsIgnoreCase(symbol.strip())) {
        return key;
      }
    }
    throw Checks.invalid("soundKey", "'" + symbol + "' is not a key; use C to B with an optional # and m");
  }
}
