package io.github.sunoport.core.observe;

import java.util.List;
import java.util.function.Consumer;

/** Tells several listeners in turn, each shielded from the others' failures. */
final class CompositeListener implements SunoListener {
  private final List<SunoListener> listeners;

  CompositeListener(List<SunoListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void exchangeStarted(HttpExchange exchange) {
    each(l -> l.exchangeStarted(exchange));
  }

  @Override
  public void exchangeFinished(ExchangeFinished finished) {
    each(l -> l.exchangeFinished(finished));
  }

  @Override
  public void retryScheduled(RetryScheduled retry) {
    each(l -> l.retryScheduled(retry));
  }

  @Override
  public void awaitProgress(AwaitProgress progress) {
    each(l -> l.awaitProgress(progress));
  }

  private void each(Consumer<SunoListener> event) {
    for (SunoListener listener : listeners) {
      Listeners.tell(listener, event);
    }
  }
}
