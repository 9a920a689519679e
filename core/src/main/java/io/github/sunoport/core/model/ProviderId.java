package io.github.sunoport.core.model;

import java.util.regex.Pattern;

/**
 * The id under which a provider adapter registers itself, such as {@code kie}: lower-case letters and digits in
 * dash-separated words, at most 40 characters.
 *
 * @param value the id
 */
public record ProviderId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the id; throws {@link io.github.sunoport.core.error.InvalidRequestException} naming the problem. */
  public ProviderId {
    if (value == null) {
      throw Checks.invalid("provider id", "is missing");
    }
    if (value.length() > 40 || !SHAPE.matcher(value).matches()) {
      throw Checks.invalid("provider id",
          "must be lower-case words of letters and digits joined by '-', at most 40 characters: '"
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
