package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.TaskNotReadyException;
import io.github.sunoport.core.model.ProviderId;

/**
 * Opens an answer's envelope: parses it, and throws the right exception when either the HTTP status or the body's
 * code says the call failed. Providers answer HTTP 200 with a body code of 401, and proxies answer 502 with an HTML
 * page: both are handled here, once for every adapter. An error status whose body is no envelope (a proxy's HTML page,
 * a limiter's plain text) is the error its status stands for, with the body start kept as a suppressed
 * {@link ProtocolException}: a 500 page is a {@link io.github.sunoport.core.error.ProviderServerException}, a 503 page
 * a {@link io.github.sunoport.core.error.MaintenanceException} carrying its {@code Retry-After}.
 */
public final class Envelopes {
  /** HTTP 202: sunoapi.com's task endpoint answers it while a task is queued (reported by its integrators). */
  static final int ACCEPTED = 202;

  private Envelopes() {}

  /**
   * Returns the parsed envelope of a successful answer.
   *
   * @throws SunoException the exception the answer stands for: by the body's code when the body is an envelope, by the
   *     HTTP status otherwise; {@link ProtocolException} when a successful status comes with a body that cannot be
   *     read
   */
  public static <E extends Enveloped> E open(
      Answer answer, JsonAdapter<E> adapter, ErrorTable table, ProviderId provider) {
    E envelope;
    try {
      envelope = JsonBodies.parse(answer, adapter, provider);
    } catch (ProtocolException unreadable) {
      // An error status without an envelope (a gateway's 401, the limiter's 429, a plain-text 455, a proxy's 502 page)
      // still says what went wrong; only a success status with an unreadable body is a protocol error.
      if (answer.status() == ACCEPTED) {
        throw stillWorking(answer, provider, unreadable);
      }
      if (answer.status() < 400) {
        throw unreadable;
      }
      SunoException byStatus = ErrorTable.byStatus(answer.status()).toException(
          ErrorDetails.of(provider, answer.status(), null, ""), answer.retryAfter());
      byStatus.addSuppressed(unreadable);
      throw byStatus;
    }
    Integer code = envelope.code();
    String message = envelope.message() == null ? "" : envelope.message();
    // A body code of 202 ("accepted", "still working") is not an error either; the data decides what is known.
    boolean bodySaysOk = code == null || (code >= 200 && code < 300);
    if (answer.isSuccessful() && bodySaysOk) {
      return envelope;
    }
    ErrorDetails details = ErrorDetails.of(provider, answer.status(), code, message);
    // An HTTP-level error comes from the platform (its rate limiter, a proxy), not from the provider's code table.
    ErrorKind kind = bodySaysOk
        ? ErrorTable.byStatus(answer.status())
        : table.kindOf(code, message).orElseGet(() -> ErrorTable.byStatus(code));
    throw kind.toException(details, answer.retryAfter());
  }

  /** The exception for an HTTP 202 answer that holds no result yet: the provider is still working on it. */
  static TaskNotReadyException stillWorking(Answer answer, ProviderId provider, Throwable unreadable) {
    TaskNotReadyException e = new TaskNotReadyException("the provider is still working and sent no result yet",
        ErrorDetails.of(provider, answer.status(), null, ""), answer.retryAfter());
    if (unreadable != null) {
      e.addSuppressed(unreadable);
    }
    return e;
  }
}
