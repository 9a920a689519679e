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
 * documented as "date-time") and ISO-8601 with nanoseconds such as {@code 2024-07-08T12:39:14.870428366Z}, and some
 * records carry milliseconds since the epoch ({@code 1753782937000}, which is UTC); all are kept, and an
 * {@link Instant} is offered only where the provider said which zone it meant.
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

  /**
   * Milliseconds since the epoch as a JSON number reaches a text field: 11 to 13 digits, 1970-04-26 to 2286-11-20.
   * Shorter numbers are not read as times, so that a stray count or year is never taken for one.
   */
  private static final java.util.regex.Pattern EPOCH_MILLIS = java.util.regex.Pattern.compile("[1-9][0-9]{10,12}");

  /** Checks that no component is null. */
  public ProviderTimestamp {
    Objects.requireNonNull(dateTime, "dateTime == null");
    Objects.requireNonNull(offset, "offset == null");
  }

  /**
   * Reads {@code text} in one of the forms providers send: {@code 2025-01-01 00:00:00}, ISO-8601 with or without an
   * offset, or milliseconds since the epoch written as 11 to 13 digits ({@code 1753782937000}).
   *
   * @throws IllegalArgumentException if the text is in none of them
   */
  public static ProviderTimestamp parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "not a date-time in a known form ('2025-01-01 00:00:00', ISO-8601 or epoch milliseconds): '" + abbreviate(text) + "'"));
  }

  /** Returns the time {@code epochMillis} milliseconds after 1970-01-01T00:00Z, in UTC. */
  public static ProviderTimestamp ofEpochMillis(long epochMillis) {
    Instant at = Instant.ofEpochMilli(epochMillis);
    return new ProviderTimestamp(LocalDateTime.ofInstant(at, ZoneOffset.UTC), Optional.of(ZoneOffset.UTC));
  }

  /** Returns {@code instant} as a time in UTC. */
  public static ProviderTimestamp of(Instant instant) {
    java.util.Objects.requireNonNull(instant, "instant == null");
    return new ProviderTimestamp(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), Optional.of(ZoneOffset.UTC));
  }

  /** Reads {@code text} like {@link #parse}, returning empty instead of throwing; null gives empty. */
  public static Optional<ProviderTimestamp> tryParse(String text) {
    if (text == null || text.isBlank() || text.length() > 64) {
      return Optional.empty();
    }
    String t = text.strip();
    if (EPOCH_MILLIS.matcher(t).matches()) {
      return Optional.of(ofEpochMillis(Long.parseLong(t)));
    }
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

  /** Returns this time moved by {@code amount}, in the same zone (or none). */
  public ProviderTimestamp plus(java.time.Duration amount) {
    Objects.requireNonNull(amount, "amount == null");
    return new ProviderTimestamp(dateTime.plus(amount), offset);
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
