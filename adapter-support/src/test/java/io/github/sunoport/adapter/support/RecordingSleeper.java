package io.github.sunoport.adapter.support;

import io.github.sunoport.core.await.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records what it was asked to wait and returns at once. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> slept = new ArrayList<>();

  @Override
  public void sleep(Duration duration) {
    slept.add(duration);
  }
}
