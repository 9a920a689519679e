package io.github.sunoport.adapter.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date. */
final class RetryAfter {
  private static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  static Optional<Duration> parse(String header) {
    return parse(header, Instant.now());
  }

  static Optional<Duration> parse(String header, Instant now) {
    if (header == null || header.isBlank() || header.length() > 64) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.matches("\\d+")) {
      // More than six digits is more than the cap anyway; capping keeps such a wait from being read as none.
      return Optional.of(value.length() > 6 ? MAX : min(Duration.ofSeconds(Long.parseLong(value))));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : min(wait));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
