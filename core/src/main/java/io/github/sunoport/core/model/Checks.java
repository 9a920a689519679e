package io.github.sunoport.core.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records of this package; messages always name the offending field. */
final class Checks {
  private Checks() {}

  static String text(String value, String name, int maxLength) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return bounded(value, name, maxLength);
  }

  static String bounded(String value, String name, int maxLength) {
    Objects.requireNonNull(value, name + " == null");
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " is " + value.length() + " characters long, more than the " + maxLength + " allowed");
    }
    return value;
  }

  /** Rejects NUL and other control characters except tab, CR and LF, which prompts and lyrics legitimately contain. */
  static String printable(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new IllegalArgumentException(
            name + " contains control character U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String name) {
    Objects.requireNonNull(values, name + " == null");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
    }
    return List.copyOf(values);
  }

  static URI webUrl(URI url, String name) {
    Objects.requireNonNull(url, name + " == null");
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException(name + " must be an absolute http or https URL with a host: " + url);
    }
    return url;
  }

  static double unitInterval(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
    return value;
  }
}
