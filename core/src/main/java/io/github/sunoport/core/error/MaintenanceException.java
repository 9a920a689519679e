package io.github.sunoport.core.error;

/**
 * The provider is down for maintenance.
 *
 * <p>Produced by code 455. Retrying later can help; the failover client moves on at once.
 */
public final class MaintenanceException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public MaintenanceException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public MaintenanceException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns true. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
