package io.github.sunoport.core.error;

/**
 * The connection to the provider failed: refused, reset, or the host could not be resolved.
 *
 * <p>Retrying can help. A create call cut off mid-way may still have created the task.
 */
public final class NetworkException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public NetworkException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public NetworkException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns true. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
