package io.github.sunoport.core.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as a provider wrote it. Providers send both {@code 2025-01-01 00:00:00} (no zone, although
 * documented as "date-time") and ISO-8601 with nanoseconds such as {@code 2024-07-08T12:39:14.870428366Z}; both are
 * kept, and an {@link Instant} is offered only where the provider said which zone it meant.
 *
 * @param dateTime the wall-clock date and time as written
 * @param offset the zone offset, when the text had one
 */
public record ProviderTimestamp(LocalDateTime dateTime, Optional<ZoneOffset> offset) {
  private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter();

  /** Checks that no component is null. */
  public ProviderTimestamp {
    Objects.requireNonNull(dateTime, "dateTime == null");
    Objects.requireNonNull(offset, "offset == null");
  }

  /**
   * Reads {@code text} in one of the forms providers send.
   *
   * @throws IllegalArgumentException if the text is in none of them
   */
  public static ProviderTimestamp parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "not a date-time in a known form ('2025-01-01 00:00:00' or ISO-8601): '" + abbreviate(text) + "'"));
  }

  /** Reads {@code text} like {@link #parse}, returning empty instead of throwing; null gives empty. */
  public static Optional<ProviderTimestamp> tryParse(String text) {
    if (text == null || text.isBlank() || text.length() > 64) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t);
      return Optional.of(new ProviderTimestamp(odt.toLocalDateTime(), Optional.of(odt.getOffset())));
    } catch (DateTimeParseException notOffset) {
      // fall through to the zone-less forms
    }
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SPACED}) {
      try {
        return Optional.of(new ProviderTimestamp(LocalDateTime.parse(t, f), Optional.empty()));
      } catch (DateTimeParseException next) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** The instant meant, when the provider gave a zone offset. */
  public Optional<Instant> instant() {
    return offset.map(o -> dateTime.toInstant(o));
  }

  /** The instant meant, reading a zone-less time in {@code assumedZone}. */
  public Instant toInstant(ZoneId assumedZone) {
    Objects.requireNonNull(assumedZone, "assumedZone == null");
    return offset.map(o -> dateTime.toInstant(o)).orElseGet(() -> dateTime.atZone(assumedZone).toInstant());
  }

  /** ISO-8601, with the offset when known. */
  @Override
  public String toString() {
    return offset.map(o -> dateTime.atOffset(o).toString()).orElseGet(dateTime::toString);
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

}
