package io.github.sunoport.core.observe;

import io.github.sunoport.core.model.ProviderId;
import java.util.Objects;

/**
 * One attempt at one HTTP call to a provider.
 *
 * @param provider the provider called
 * @param operation the adapter's name for the call, such as {@code fetchLyrics}
 * @param method the HTTP method
 * @param path the URL path, without query string or host
 * @param attempt 1 for the first attempt, 2 for the first retry, and so on
 */
public record HttpExchange(ProviderId provider, String operation, String method, String path, int attempt) {
  /** Checks that nothing is null and that {@code attempt} is at least 1. */
  public HttpExchange {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
    }
  }
}
