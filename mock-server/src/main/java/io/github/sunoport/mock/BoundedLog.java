package io.github.sunoport.mock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The newest entries of a log, at most {@code maxEntries} and at most {@code maxBytes} by the entries' estimated
 * size; the oldest are dropped first. Sizes are estimates (characters × 2 plus a fixed overhead): what matters is
 * that a flood of large entries cannot hold more than the budget.
 */
final class BoundedLog<T> {
  private final int maxEntries;
  private final long maxBytes;
  private final ToLongFunction<T> size;
  private final Deque<T> entries = new ArrayDeque<>();
  private final Deque<Long> sizes = new ArrayDeque<>();
  private long bytes;

  BoundedLog(int maxEntries, long maxBytes, ToLongFunction<T> size) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.size = size;
  }

  synchronized void add(T entry) {
    long entryBytes = size.applyAsLong(entry);
    entries.addLast(entry);
    sizes.addLast(entryBytes);
    bytes += entryBytes;
    while (entries.size() > maxEntries || (bytes > maxBytes && entries.size() > 1)) {
      entries.removeFirst();
      bytes -= sizes.removeFirst();
    }
  }

  synchronized List<T> snapshot() {
    return new ArrayList<>(entries);
  }

  synchronized void clear() {
    entries.clear();
    sizes.clear();
    bytes = 0;
  }

  synchronized long bytes() {
    return bytes;
  }

  /** A string's share of an estimate: two bytes a character, the worst case of Java's compact strings. */
  static long chars(String text) {
    return text == null ? 0 : 2L * text.length();
  }
}
