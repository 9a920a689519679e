package io.github.sunoport.mock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Bounded concurrency per callback target (host and port): at most {@link #PER_TARGET} deliveries in flight to one
 * target, the rest waiting in its own queue (at most {@link #MAX_WAITING} of them). A receiver that hangs therefore
 * holds only its own slots; every other target's callbacks go out on time.
 */
final class CallbackLanes {
  static final int PER_TARGET = 4;
  static final int MAX_WAITING = 1_000;

  private final Map<String, Lane> lanes = new HashMap<>();

  /** Thrown (in the returned future) when a target's queue is full. */
  static final class BacklogFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BacklogFull(String target) {
      super("target " + target + " has " + MAX_WAITING + " callbacks waiting; this one is not sent", null, false, false);
    }
  }

  private static final class Lane {
    int inFlight;
    final Deque<Runnable> waiting = new ArrayDeque<>();
  }

  /** Runs {@code job} when the target has a free slot; the result completes with the job's. */
  CompletableFuture<Void> submit(String target, Supplier<CompletableFuture<Void>> job) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    Runnable start = () -> {
      CompletableFuture<Void> running;
      try {
        running = job.get();
      } catch (RuntimeException e) {
        running = CompletableFuture.failedFuture(e);
      }
      running.whenComplete((ok, failure) -> {
        release(target);
        if (failure == null) result.complete(null); else result.completeExceptionally(failure);
      });
    };
    boolean now;
    synchronized (lanes) {
      Lane lane = lanes.computeIfAbsent(target, t -> new Lane());
      now = lane.inFlight < PER_TARGET;
      if (now) {
        lane.inFlight++;
      } else if (lane.waiting.size() >= MAX_WAITING) {
        return CompletableFuture.failedFuture(new BacklogFull(target));
      } else {
        lane.waiting.addLast(start);
      }
    }
    if (now) start.run();
    return result;
  }

  private void release(String target) {
    Runnable next;
    synchronized (lanes) {
      Lane lane = lanes.get(target);
      next = lane.waiting.pollFirst();
      if (next == null && --lane.inFlight == 0) lanes.remove(target);
    }
    // The slot passes straight to the next waiting job, so inFlight stays as it was.
    if (next != null) next.run();
  }

  /** Forgets every waiting job; those in flight finish on their own. */
  void clearWaiting() {
    synchronized (lanes) {
      lanes.values().forEach(lane -> lane.waiting.clear());
    }
  }
}
