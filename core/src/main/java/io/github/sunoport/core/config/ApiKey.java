package io.github.sunoport.core.config;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * A provider API key, or another secret such as a webhook signing key. Its {@link #toString()} never shows the key, and no message of this library contains it.
 */
public final class ApiKey {
  private static final int MAX_LENGTH = 512;

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  /**
   * Returns the key {@code value}.
   *
   * @throws InvalidSettingsException if it is null, blank, longer than 512 characters, or holds characters that cannot
   *     go into an HTTP header (the message does not repeat the key)
   */
  public static ApiKey of(String value) {
    return of(value, "apiKey");
  }

  /** Like {@link #of(String)}, naming {@code setting} in the exception. */
  static ApiKey of(String value, String setting) {
    if (value == null || value.isBlank()) {
      throw new InvalidSettingsException(setting, "is missing or blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidSettingsException(setting, "is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new InvalidSettingsException(setting,
            "holds a character that is not visible ASCII at index " + i + " (white space, control or non-ASCII)");
      }
    }
    return new ApiKey(value);
  }

  /** The key itself, for the adapter that puts it into the {@code Authorization} header or signs with it. */
  public String reveal() {
    return value;
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKey other && MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // a hash of the key would leak information about it; keys are not map keys in practice
  }

  /** Returns {@code ApiKey[****]}. */
  @Override
  public String toString() {
    return "ApiKey[****]";
  }
}
