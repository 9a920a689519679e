package io.github.sunoport.core.observe;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Calls a listener so that its failure never changes the outcome of the work it watches. Public for the adapters;
 * apps do not need it.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger("io.github.sunoport.listener");

  private Listeners() {}

  /** Tells {@code listener} of {@code event}; an exception it throws is logged at WARNING and swallowed. */
  public static void tell(SunoListener listener, Consumer<SunoListener> event) {
    Objects.requireNonNull(listener, "listener == null");
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      // A metrics bridge that breaks must not fail a paid API call; the app still sees it in its logs.
      LOG.log(Level.WARNING, "listener " + listener.getClass().getName() + " failed: " + e);
    }
  }
}
