package io.github.sunoport.adapter.support;

import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.VocalGender;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads loosely typed wire values: providers send numbers as integers, decimals or strings, and sometimes garbage. A
 * value that cannot be read gives empty rather than failing the call, so one odd field never loses a whole task. Also
 * writes the few values every API spells the same way.
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
        return Optional.of(Seconds.ofSeconds(d.doubleValue()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Splits a comma-separated tag string ({@code "electrifying, rock"}) into trimmed, non-empty tags. Null gives an
   * empty list.
   */
  public static List<String> tags(String tags) {
    if (tags == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String tag : tags.split(",")) {
      if (!tag.isBlank()) {
        out.add(tag.strip());
      }
    }
    return List.copyOf(out);
  }

  /** Returns the value for a JSON field that is left out when empty. */
  public static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** Returns the value for a JSON field that is left out when empty. */
  public static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** Writes a vocal gender as the providers spell it, {@code m} or {@code f}; null (left out) when none is asked. */
  public static String vocalGender(Optional<VocalGender> gender) {
    return gender.map(g -> g == VocalGender.MALE ? "m" : "f").orElse(null);
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

  /**
   * Reads a time as providers send it: text in one of the {@link ProviderTimestamp} forms, or a number of milliseconds
   * since the epoch ({@code 1753782937000}, as kie.ai's stem and video records send {@code createTime}); anything else,
   * or a number that is no time of this era, gives empty.
   */
  public static Optional<ProviderTimestamp> timestamp(Object value) {
    if (value instanceof String text) {
      return ProviderTimestamp.tryParse(text);
    }
    return decimal(value).flatMap(d -> {
      // 1e10 ms is April 1970 and 1e13 ms the year 2286: outside that, the number is not epoch milliseconds.
      if (d.signum() <= 0 || d.compareTo(MIN_EPOCH_MILLIS) < 0 || d.compareTo(MAX_EPOCH_MILLIS) >= 0) {
        return Optional.empty();
      }
      return Optional.of(ProviderTimestamp.ofEpochMillis(d.longValue()));
    });
  }

  /** Reads a yes/no flag: a boolean, {@code "true"}/{@code "false"} in any case, or 1/0; anything else gives empty. */
  public static Optional<Boolean> flag(Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(s.strip()));
    }
    return integer(value).filter(i -> i == 0 || i == 1).map(i -> i == 1);
  }

  private static final BigDecimal MIN_EPOCH_MILLIS = BigDecimal.valueOf(10_000_000_000L);
  private static final BigDecimal MAX_EPOCH_MILLIS = BigDecimal.valueOf(10_000_000_000_000L);
}
