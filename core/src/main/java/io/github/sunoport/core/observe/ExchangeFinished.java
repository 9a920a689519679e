package io.github.sunoport.core.observe;

import io.github.sunoport.core.error.SunoException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one attempt ended.
 *
 * @param exchange the attempt
 * @param status the HTTP status, empty when no answer arrived (timeout, refused or reset connection)
 * @param duration from sending the request to reading the whole answer or failing
 * @param error the error the attempt ended with, empty when it succeeded; an answer with HTTP 200 can still be an
 *     error (a provider's business code in the body)
 */
public record ExchangeFinished(
    HttpExchange exchange, OptionalInt status, Duration duration, Optional<SunoException> error) {
  /** Checks that nothing is null. */
  public ExchangeFinished {
    Objects.requireNonNull(exchange, "exchange == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(error, "error == null");
  }

  /** Whether the attempt ended without an error. */
  public boolean succeeded() {
    return error.isEmpty();
  }
}
