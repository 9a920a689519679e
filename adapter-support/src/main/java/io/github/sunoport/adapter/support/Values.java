package io.github.sunoport.adapter.support;

import io.github.sunoport.core.model.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads loosely typed wire values: providers send numbers as integers, decimals or strings, and sometimes garbage. A
 * value that cannot be read gives empty rather than failing the call, so one odd field never loses a whole task.
 */
public final class Values {
  private Values() {}

  /** Reads a decimal from a number or a numeric string. */
  public static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? Optional.of(n instanceof BigDecimal b ? b : BigDecimal.valueOf(d)) : Optional.empty();
    }
    if (value instanceof String s && !s.isBlank() && s.length() <= 40) {
      try {
        return Optional.of(new BigDecimal(s.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Reads a whole number from an integral number or numeric string, such as an error code sent as 501 or "501". */
  public static Optional<Integer> integer(Object value) {
    return decimal(value).flatMap(d -> {
      try {
        return Optional.of(d.intValueExact());
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    });
  }

  /** Reads seconds (198.44, 60, "60") as a duration; negative or absurd values give empty. */
  public static Optional<Duration> seconds(Object value) {
    return decimal(value).flatMap(d -> {
      try {
        return Optional.of(Durations.ofSeconds(d.doubleValue()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  /** Reads text: a string as is, a number or boolean as written; anything else gives empty. */
  public static Optional<String> text(Object value) {
    if (value instanceof String s) {
      return Optional.of(s);
    }
    if (value instanceof Number || value instanceof Boolean) {
      String s = value.toString();
      return Optional.of(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
    }
    return Optional.empty();
  }
}
