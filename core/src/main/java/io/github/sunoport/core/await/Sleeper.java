package io.github.sunoport.core.await;

import java.time.Duration;

/** Blocks the calling thread; replaced in tests by one that advances virtual time. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real sleeper, {@link Thread#sleep}. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
  }
}
