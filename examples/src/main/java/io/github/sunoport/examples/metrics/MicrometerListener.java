package io.github.sunoport.examples.metrics;

import io.github.sunoport.core.observe.AwaitProgress;
import io.github.sunoport.core.observe.ExchangeFinished;
import io.github.sunoport.core.observe.RetryScheduled;
import io.github.sunoport.core.observe.SunoListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Feeds sunoport's events to Micrometer: a timer per provider, operation and outcome, a retry counter, and a poll
 * counter per awaited outcome. Pass it with {@code ProviderSettings.builder().listener(...)} and
 * {@code TaskAwaiter.builder().listener(...)}.
 */
public final class MicrometerListener implements SunoListener {
  private final MeterRegistry registry;

  public MicrometerListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void exchangeFinished(ExchangeFinished f) {
    Timer.builder("sunoport.http")
        .tag("provider", f.exchange().provider().toString())
        .tag("operation", f.exchange().operation())
        .tag("status", f.status().isPresent() ? Integer.toString(f.status().getAsInt()) : "none")
        .tag("outcome", f.error().map(e -> e.getClass().getSimpleName()).orElse("success"))
        .register(registry)
        .record(f.duration());
  }

  @Override
  public void retryScheduled(RetryScheduled r) {
    registry.counter("sunoport.http.retries", "provider", r.failed().provider().toString(),
        "operation", r.failed().operation()).increment();
  }

  @Override
  public void awaitProgress(AwaitProgress p) {
    registry.counter("sunoport.await.polls", "provider", p.id().provider().toString(),
        "outcome", p.error().isPresent() ? "error" : p.finished() ? "done" : "waiting").increment();
  }
}
