package io.github.sunoport.core.error;

/**
 * The provider does not know the task: a wrong id, another provider's id, or a task past its retention.
 *
 * <p>Produced by code 404 on a task, sunoapi.com 400 "task not found.". Retrying cannot help.
 */
public final class TaskNotFoundException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public TaskNotFoundException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public TaskNotFoundException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
