package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Argument checks of this package's requests; every message starts with the field's name. A value the app passes in
 * that breaks a rule is an {@link InvalidRequestException} naming the field, as in the rest of the model, so an app
 * that catches {@code SunoException} around a call also catches bad input.
 */
final class Checks {
  private Checks() {}

  /** The exception for a value of {@code field} that breaks a rule. */
  static InvalidRequestException invalid(String field, String problem) {
    return new InvalidRequestException(field + " " + problem, field, ErrorDetails.none());
  }

  /** Non-blank, at most {@code maxLength} characters, no control character but tab, CR and LF. */
  static String text(String value, String name, int maxLength) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw invalid(name, "is blank");
    }
    if (value.length() > maxLength) {
      throw invalid(name, "is " + value.length() + " characters long, more than the " + maxLength + " allowed");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw invalid(name, "contains control character U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }

  static Optional<String> optionalText(Optional<String> value, String name, int maxLength) {
    Objects.requireNonNull(value, name + " == null");
    value.ifPresent(v -> text(v, name, maxLength));
    return value;
  }

  /** An id: non-blank text without white space. */
  static String identifier(String value, String name, int maxLength) {
    text(value, name, maxLength);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i))) {
        throw invalid(name, "contains white space at index " + i);
      }
    }
    return value;
  }

  /** An absolute http(s) URL with a host; only scheme and host are shown, since callback URLs carry tokens. */
  static Optional<URI> webUrl(Optional<URI> url, String name) {
    Objects.requireNonNull(url, name + " == null");
    url.ifPresent(u -> {
      String scheme = u.getScheme();
      if (!u.isAbsolute() || u.getHost() == null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw invalid(name, "must be an absolute http or https URL with a host, was scheme '" + scheme + "' host '"
            + u.getHost() + "'");
      }
    });
    return url;
  }
}
