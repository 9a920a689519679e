package io.github.sunoport.core.error;

import java.util.Objects;

/**
 * A result file could not be saved: its link expired, the server answered something other than the file promised,
 * or the transfer failed. Nothing half-written is left at the target. The message names the {@linkplain #reason()
 * reason} and the link without its query string (signed links carry tokens there).
 *
 * <p>Retrying helps for {@link Reason#HTTP_STATUS} 5xx answers, {@link Reason#TIMEOUT}, {@link Reason#TRUNCATED} and
 * {@link Reason#NETWORK}; the other reasons stay as they are.
 */
public final class DownloadException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Why a download failed. */
  public enum Reason {
    /** The URL is not {@code https}, or plain {@code http} to a host other than loopback without permission. */
    REFUSED_URL,
    /** The server said the link is gone or forbidden (401, 403, 404, 410) and no refresh produced a working one. */
    EXPIRED,
    /** Another unexpected HTTP status. */
    HTTP_STATUS,
    /** The {@code Content-Type} does not fit the kind of result promised (an HTML error page instead of audio). */
    WRONG_CONTENT_TYPE,
    /** The file is larger than the configured cap (by its {@code Content-Length}, or while reading). */
    TOO_LARGE,
    /** Fewer bytes arrived than the {@code Content-Length} promised. */
    TRUNCATED,
    /** The whole transfer took longer than the configured timeout. */
    TIMEOUT,
    /** The connection failed, or the target could not be written. */
    NETWORK
  }

  private final Reason reason;

  /** Creates the exception; the message is {@code download failed (REASON): detail} and the known details. */
  public DownloadException(Reason reason, String detail, ErrorDetails details, Throwable cause) {
    super("download failed (" + Objects.requireNonNull(reason, "reason == null") + "): " + detail, details, cause);
    this.reason = reason;
  }

  /** Why the download failed. */
  public Reason reason() {
    return reason;
  }

  /** Returns true for reasons that may pass: timeouts, network failures, truncation and 5xx statuses. */
  @Override
  public boolean isRetryable() {
    return switch (reason) {
      case TIMEOUT, NETWORK, TRUNCATED -> true;
      case HTTP_STATUS -> details().httpStatus().orElse(0) >= 500;
      default -> false;
    };
  }
}
