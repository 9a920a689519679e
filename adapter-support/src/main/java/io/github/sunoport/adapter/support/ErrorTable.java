package io.github.sunoport.adapter.support;

import java.util.Optional;

/**
 * A provider's error codes: which kind of error an answer's code stands for. Each adapter has its own, because the
 * same code means different things at different providers (429 is a rate limit at kie.ai and a lack of credits at
 * sunoapi.org).
 */
@FunctionalInterface
public interface ErrorTable {
  /**
   * Returns the kind of error {@code code} stands for, given the provider's {@code message}; empty if the code is
   * not an error the table knows, in which case the HTTP status decides.
   */
  Optional<ErrorKind> kindOf(int code, String message);

  /**
   * The kind for an HTTP status or code no table names: 401 authentication, 404 not found, 429 rate limited, 455
   * maintenance, 5xx server error, other 4xx invalid request.
   */
  static ErrorKind byStatus(int status) {
    return switch (status) {
      case 401 -> ErrorKind.AUTHENTICATION;
      case 404 -> ErrorKind.TASK_NOT_FOUND;
      case 429 -> ErrorKind.RATE_LIMITED;
      case 455, 503 -> ErrorKind.MAINTENANCE;
      default -> status >= 500 ? ErrorKind.SERVER_ERROR : ErrorKind.INVALID_REQUEST;
    };
  }
}
