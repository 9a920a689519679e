package io.github.sunoport.core.error;

/**
 * The account has too few credits (or no active subscription) for the request.
 *
 * <p>Produced by kie.ai code 402, sunoapi.org code 429, sunoapi.com 403 about credits or subscription. Retrying cannot help, but another provider may: the failover client moves on.
 */
public final class InsufficientCreditsException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public InsufficientCreditsException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public InsufficientCreditsException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
