package io.github.sunoport.core.error;

import io.github.sunoport.core.model.ProviderId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every exception sunoport throws. Each subclass says whether {@linkplain #isRetryable() retrying} the
 * same call can help, and carries what the provider answered ({@link #details()}). Messages never contain the API key.
 *
 * <p>A task that failed is not an exception: it is a task in state {@code FAILED}.
 */
public abstract class SunoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;

  /** Creates an exception whose message is {@code summary} followed by the known details. */
  protected SunoException(String summary, ErrorDetails details, Throwable cause) {
    super(compose(summary, details), cause);
    this.details = Objects.requireNonNull(details, "details == null");
  }

  private static String compose(String summary, ErrorDetails details) {
    String known = details.describe();
    return known.isEmpty() ? summary : summary + " (" + known + ")";
  }

  /** Returns true if repeating the same call later may succeed. */
  public abstract boolean isRetryable();

  /**
   * How long the provider asked to wait before trying again ({@code Retry-After}), when it said: with a rate limit, and
   * with a 503 or maintenance page. Read retries and awaits
   * wait at least this long.
   */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  /** What the provider answered. */
  public ErrorDetails details() {
    return details;
  }

  /** The provider that answered, when the error concerns one. */
  public Optional<ProviderId> provider() {
    return details.provider();
  }

  /** The HTTP status of the answer, when one arrived. */
  public OptionalInt httpStatus() {
    return details.httpStatus();
  }

  /** The {@code code} in the answer's body, when there was one. */
  public OptionalInt providerCode() {
    return details.providerCode();
  }

  /** The provider's message, possibly empty. */
  public String providerMessage() {
    return details.providerMessage();
  }
}
