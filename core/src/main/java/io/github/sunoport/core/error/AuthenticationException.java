package io.github.sunoport.core.error;

/**
 * The provider refused the API key: missing, wrong or revoked.
 *
 * <p>Produced by body or HTTP code 401. Retrying cannot help until the key is fixed.
 */
public final class AuthenticationException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public AuthenticationException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public AuthenticationException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
