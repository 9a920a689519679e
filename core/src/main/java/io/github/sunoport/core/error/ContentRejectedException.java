package io.github.sunoport.core.error;

/**
 * The provider refused the content: moderation, sensitive words, artist names or copyrighted lyrics.
 *
 * <p>Produced by kie.ai code 400 on content, sunoapi.com 403 about lyrics or moderation. Retrying the same content cannot help.
 */
public final class ContentRejectedException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public ContentRejectedException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public ContentRejectedException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
