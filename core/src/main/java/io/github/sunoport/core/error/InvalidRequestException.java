package io.github.sunoport.core.error;

import java.util.Optional;

/**
 * The request is not one the provider accepts: a missing or malformed field, a model it does not offer, a rule of
 * custom mode broken. Adapters raise it before sending anything when they can tell; providers answer it with
 * codes 400 and 422 (and 451 when they cannot fetch a file the request names).
 *
 * <p>Retrying the same request cannot help.
 */
public class InvalidRequestException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the exception; {@code field} names the request field at fault, or is null when unknown. */
  public InvalidRequestException(String summary, String field, ErrorDetails details) {
    super(summary, details, null);
    this.field = field;
  }

  /** The request field at fault, when known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
