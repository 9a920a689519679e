package io.github.sunoport.core.error;

/**
 * No provider with the asked id is on the class path.
 *
 * <p>The message lists the ids that are. Retrying cannot help; add the adapter's jar.
 */
public final class UnknownProviderException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public UnknownProviderException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public UnknownProviderException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
