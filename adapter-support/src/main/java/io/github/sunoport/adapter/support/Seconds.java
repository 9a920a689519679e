package io.github.sunoport.adapter.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Converts between the decimal seconds providers send and expect (198.44, 60, 1.36) and exact {@link Duration}s. */
public final class Seconds {
  /** A bound no real track or offset comes near; larger values are garbage. */
  private static final double MAX_SECONDS = 7 * 24 * 3600;

  private Seconds() {}

  /**
   * Returns {@code seconds} as a duration, exact to the decimal digits written (198.44 is 198 s 440 ms).
   *
   * @throws IllegalArgumentException if {@code seconds} is negative, not finite, or longer than a week
   */
  public static Duration ofSeconds(double seconds) {
    if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException("seconds must be between 0 and " + (long) MAX_SECONDS + ", was " + seconds);
    }
    BigDecimal exact = BigDecimal.valueOf(seconds);
    long whole = exact.longValue();
    long nanos = exact.subtract(BigDecimal.valueOf(whole)).movePointRight(9).setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
    return Duration.ofSeconds(whole, nanos);
  }

  /** Returns {@code duration} in seconds as a decimal, the form providers expect. */
  public static BigDecimal toSeconds(Duration duration) {
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros();
    // stripTrailingZeros turns 60 into 6E+1, which JSON writers print as such; keep whole seconds whole.
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
  }
}
