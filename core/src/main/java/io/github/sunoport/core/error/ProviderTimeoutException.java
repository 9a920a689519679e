package io.github.sunoport.core.error;

/**
 * No complete answer arrived within the configured connect, read or call timeout.
 *
 * <p>Retrying can help; note that a create call that timed out may still have created the task.
 */
public final class ProviderTimeoutException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public ProviderTimeoutException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public ProviderTimeoutException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns true. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
