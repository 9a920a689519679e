package io.github.sunoport.core.error;

/**
 * The provider failed on its side.
 *
 * <p>Produced by code 500 and other 5xx answers, and kie.ai 408 (upstream gave no result). Retrying later can help.
 */
public final class ProviderServerException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public ProviderServerException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public ProviderServerException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns true. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
