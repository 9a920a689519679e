package io.github.sunoport.core.observe;

import java.util.List;
import java.util.Objects;

/**
 * Told what the library does, to feed metrics or traces (Micrometer, OpenTelemetry) without the library depending on
 * them. Every method does nothing by default, so a listener overrides only what it needs.
 *
 * <p>Methods are called on the thread doing the work, synchronously: keep them short and non-blocking. They may be
 * called from many threads at once. An exception thrown by a listener is logged at WARNING and otherwise ignored; it
 * never changes the outcome of a call. Events never carry the API key, the webhook key or a body.
 */
public interface SunoListener {
  /** Called before a request is sent, once per attempt. */
  default void exchangeStarted(HttpExchange exchange) {}

  /** Called when an attempt ended, with an answer or with an error. */
  default void exchangeFinished(ExchangeFinished finished) {}

  /** Called when a failed read will be retried after a wait. */
  default void retryScheduled(RetryScheduled retry) {}

  /** Called after each poll of an awaited task, whether it fetched the task or failed. */
  default void awaitProgress(AwaitProgress progress) {}

  /** A listener that does nothing. */
  static SunoListener none() {
    return NoListener.INSTANCE;
  }

  /** Returns a listener telling each of {@code listeners} in turn; one that throws does not stop the others. */
  static SunoListener all(SunoListener... listeners) {
    List<SunoListener> each = List.of(listeners);
    each.forEach(l -> Objects.requireNonNull(l, "listener == null"));
    return new CompositeListener(each);
  }
}
