package io.github.sunoport.core.lyrics;

import java.time.Duration;
import java.util.Objects;

/** Time checks and the two clock notations: LRC {@code mm:ss.xx} and SRT {@code HH:MM:SS,mmm}. */
final class Times {
  private Times() {}

  static void check(Duration start, Duration end, String what) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (start.isNegative() || end.compareTo(start) < 0) {
      throw new IllegalArgumentException(what + " has start " + start + " and end " + end);
    }
  }

  /** {@code mm:ss.xx}, rounded to the nearest hundredth; minutes grow past 99 if needed. */
  static String lrc(Duration time) {
    long centis = Math.round(time.toMillis() / 10.0);
    return String.format("%02d:%02d.%02d", centis / 6000, centis / 100 % 60, centis % 100);
  }

  /** {@code HH:MM:SS,mmm}. */
  static String srt(Duration time) {
    long millis = time.toMillis();
    return String.format("%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
        millis % 1000);
  }

  /** Reads minutes, seconds and an optional fraction of 1 to 3 digits (tenths, hundredths, thousandths). */
  static Duration of(String hours, String minutes, String seconds, String fraction) {
    long millis = 0;
    if (fraction != null && !fraction.isEmpty()) {
      millis = Long.parseLong((fraction + "00").substring(0, 3));
    }
    long secs = Long.parseLong(seconds);
    if (secs > 59) {
      throw new IllegalArgumentException("seconds over 59: " + seconds);
    }
    long h = hours == null ? 0 : Long.parseLong(hours);
    long m = Long.parseLong(minutes);
    if (hours != null && m > 59) {
      throw new IllegalArgumentException("minutes over 59: " + minutes);
    }
    return Duration.ofHours(h).plusMinutes(m).plusSeconds(secs).plusMillis(millis);
  }
}
