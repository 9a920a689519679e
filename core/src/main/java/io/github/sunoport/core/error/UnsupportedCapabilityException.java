package io.github.sunoport.core.error;

import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;

/**
 * The provider lacks the capability asked for. The message names the provider, the capability and the operation
 * that was called.
 *
 * <p>Raised before anything is sent. Retrying cannot help; check the client's capabilities first.
 */
public final class UnsupportedCapabilityException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public UnsupportedCapabilityException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }

  /** Creates the exception with a summary and what the provider answered. */
  public UnsupportedCapabilityException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /**
   * Returns the error for calling {@code operation} (such as {@code music().timestampedLyrics}), which needs
   * {@code capability}, on {@code provider}.
   */
  public static UnsupportedCapabilityException of(ProviderId provider, Capability capability, String operation) {
    return new UnsupportedCapabilityException("provider '" + provider + "' does not support " + capability
        + ": " + operation + " is not available", ErrorDetails.of(provider));
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
