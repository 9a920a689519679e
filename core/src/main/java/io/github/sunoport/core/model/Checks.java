package io.github.sunoport.core.model;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Argument checks shared by the records of this package; messages always name the offending field. A value the app
 * passes in (a prompt, an id, a URL, a weight) that breaks a rule is an {@link InvalidRequestException} naming the
 * field, so an app that catches {@code SunoException} around a call also catches bad user input. Messages are built
 * only on failure: these checks run for every record an adapter maps.
 */
final class Checks {
  private Checks() {}

  /** The exception for a value of {@code field} that breaks a rule; the message starts with the field's name. */
  static InvalidRequestException invalid(String field, String problem) {
    return new InvalidRequestException(field + " " + problem, field, ErrorDetails.none());
  }

  static <T> T present(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  static String text(String value, String name, int maxLength) {
    if (value == null) {
      throw invalid(name, "is missing");
    }
    if (value.isBlank()) {
      throw invalid(name, "is blank");
    }
    return bounded(value, name, maxLength);
  }

  /** A provider's id for something: non-blank, bounded, no white space and no control characters. */
  static String identifier(String value, String name, int maxLength) {
    text(value, name, maxLength);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw invalid(name,
            "contains white space or a control character (U+" + String.format("%04X", (int) c) + ") at index " + i);
      }
    }
    return value;
  }

  static String bounded(String value, String name, int maxLength) {
    present(value, name);
    if (value.length() > maxLength) {
      throw invalid(name, "is " + value.length() + " characters long, more than the " + maxLength + " allowed");
    }
    return value;
  }

  /** Rejects NUL and other control characters except tab, CR and LF, which prompts and lyrics legitimately contain. */
  static String printable(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw invalid(name, "contains control character U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String name) {
    present(values, name);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
    }
    return List.copyOf(values);
  }

  static URI webUrl(URI url, String name) {
    present(url, name);
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      // Only scheme and host are shown: callback URLs often carry a secret token in the query.
      throw invalid(name, "must be an absolute http or https URL with a host, was scheme '" + url.getScheme()
          + "' host '" + url.getHost() + "'");
    }
    return url;
  }

  /** The invariant tying a task's state and failure together: a failure exactly when the state is FAILED. */
  static void failureMatchesState(TaskState state, java.util.Optional<TaskFailure> failure) {
    if ((state == TaskState.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException(
          state == TaskState.FAILED ? "a FAILED task needs a failure" : "a " + state + " task cannot carry a failure");
    }
  }

  static double unitInterval(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw invalid(name, "must be between 0 and 1, was " + value);
    }
    return value;
  }

  static void weight(OptionalDouble value, String name) {
    present(value, name);
    value.ifPresent(v -> unitInterval(v, name));
  }

  /** An optional text: when present, non-blank, at most {@code maxLength} characters and printable. */
  static void optionalText(Optional<String> value, String name, int maxLength) {
    present(value, name);
    value.ifPresent(v -> printable(text(v, name, maxLength), name));
  }

  /** A song length the newer models accept: whole seconds from 10 to 360. */
  static void songDuration(Optional<Duration> value, String name) {
    present(value, name);
    value.ifPresent(d -> {
      if (d.getNano() != 0 || d.getSeconds() < 10 || d.getSeconds() > 360) {
        throw invalid(name, "must be whole seconds from 10 to 360, was " + d);
      }
    });
  }

  /** A point in a track: zero or more, exact to the hundredth of a second providers read. */
  static Duration offset(Duration value, String name) {
    present(value, name);
    if (value.isNegative()) {
      throw invalid(name, "is negative: " + value);
    }
    if (value.getNano() % 10_000_000 != 0) {
      // Rounding would move the point behind the caller's back; providers read two decimals.
      throw invalid(name, "must be a whole number of hundredths of a second, was " + value);
    }
    return value;
  }

  /** The URL of audio a provider fetches: absolute http or https with a host. */
  static URI audioUrl(URI url, String name) {
    return webUrl(url, name);
  }
}
