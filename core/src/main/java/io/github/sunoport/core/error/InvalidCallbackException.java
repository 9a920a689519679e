package io.github.sunoport.core.error;

import java.util.Objects;

/**
 * A request that arrived at the callback URL is not a callback this client accepts: its body is not JSON or not a
 * callback of the provider, or, with a webhook key configured, its signature is missing, garbled, outside the
 * tolerance window or wrong. The message names the {@linkplain #reason() reason}; it never contains the key.
 *
 * <p>Retrying cannot help: answer the request with a 4xx status (or 401 for signature problems) and drop it.
 */
public final class InvalidCallbackException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Why a callback was rejected. */
  public enum Reason {
    /** The body is empty, not JSON, nested too deep, or holds values of the wrong type. */
    MALFORMED_BODY,
    /** The body is JSON but not a callback this provider sends: no task id, an unknown {@code callbackType}. */
    UNKNOWN_SHAPE,
    /** A signature header is missing or blank. */
    MISSING_SIGNATURE,
    /** A signature header is present but unreadable: a timestamp that is not a number, a signature not base64. */
    MALFORMED_SIGNATURE,
    /** The signed timestamp is further from now than the tolerance allows (an old callback replayed, or a skewed clock). */
    EXPIRED_SIGNATURE,
    /** The signature does not match the body's task id and timestamp under the configured key. */
    SIGNATURE_MISMATCH
  }

  private final Reason reason;

  /** Creates the exception; the message is {@code callback rejected (REASON): detail} and the known details. */
  public InvalidCallbackException(Reason reason, String detail, ErrorDetails details, Throwable cause) {
    super("callback rejected (" + Objects.requireNonNull(reason, "reason == null") + "): " + detail, details, cause);
    this.reason = reason;
  }

  /** Creates the exception without a cause. */
  public InvalidCallbackException(Reason reason, String detail, ErrorDetails details) {
    this(reason, detail, details, null);
  }

  /** Why the callback was rejected. */
  public Reason reason() {
    return reason;
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
