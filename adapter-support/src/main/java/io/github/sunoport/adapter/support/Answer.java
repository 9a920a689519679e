package io.github.sunoport.adapter.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's answer as received: HTTP status, the body's bytes (capped in size), and the Retry-After it asked for.
 *
 * @param status the HTTP status
 * @param body the body's bytes, possibly empty
 * @param retryAfter the Retry-After header, when present and readable
 */
public record Answer(int status, byte[] body, Optional<Duration> retryAfter) {
  /** Checks that no component is null. */
  public Answer {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(retryAfter, "retryAfter == null");
  }

  /** Returns true for HTTP 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** The body decoded as UTF-8. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
