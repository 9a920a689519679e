package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last {@link #CAPACITY} callback attempts, refusals and drops, oldest first. */
final class CallbackLog {
  static final int CAPACITY = 1_000;

  private final Deque<LoggedCallback> entries = new ArrayDeque<>();

  synchronized void add(LoggedCallback entry) {
    if (entries.size() == CAPACITY) entries.removeFirst();
    entries.addLast(entry);
  }

  synchronized List<LoggedCallback> snapshot() {
    return new ArrayList<>(entries);
  }

  synchronized void clear() {
    entries.clear();
  }
}
