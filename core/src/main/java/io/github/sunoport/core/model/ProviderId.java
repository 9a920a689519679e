package io.github.sunoport.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id under which a provider adapter registers itself, such as {@code kie}: lower-case letters and digits in
 * dash-separated words, at most 40 characters.
 *
 * @param value the id
 */
public record ProviderId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the id; throws {@link IllegalArgumentException} naming the problem. */
  public ProviderId {
    Objects.requireNonNull(value, "provider id == null");
    if (value.length() > 40 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "provider id must be lower-case words of letters and digits joined by '-', at most 40 characters: '"
              + shorten(value) + "'");
    }
  }

  /** Returns the provider id {@code value}. */
  public static ProviderId of(String value) {
    return new ProviderId(value);
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  @Override
  public String toString() {
    return value;
  }
}
