package io.github.sunoport.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request as a provider echoes it with a task ({@code param} or {@code input}, a JSON document inside a JSON
 * string). The raw text is always kept; {@link #fields()} holds what could be read of it, and is empty when the text
 * was not a JSON object. Values are {@code String}, {@code Boolean}, {@code Double}, {@code List} or {@code Map}, all
 * immutable; JSON nulls are left out.
 *
 * <p>Adapters create echoes {@linkplain #lazy lazily}: the text is read only when {@link #fields()} is first asked
 * for, because most fetches never look at it. Two echoes are equal when their raw texts and fields are.
 */
public final class RequestEcho {
  private static final RequestEcho EMPTY = new RequestEcho("", Map.of(), null);

  private final String raw;
  private final Function<String, Map<String, Object>> reader;
  private volatile Map<String, Object> fields;

  private RequestEcho(String raw, Map<String, Object> fields, Function<String, Map<String, Object>> reader) {
    this.raw = raw;
    this.fields = fields;
    this.reader = reader;
  }

  /** Returns an echo of {@code raw} whose fields are {@code fields}, copied deeply into immutable collections. */
  public static RequestEcho of(String raw, Map<String, Object> fields) {
    Objects.requireNonNull(raw, "raw == null");
    Objects.requireNonNull(fields, "fields == null");
    return new RequestEcho(raw, copyMap(fields), null);
  }

  /**
   * Returns an echo of {@code raw} whose fields {@code reader} reads from it when first asked for. A reader that
   * fails, or returns null, gives no fields: an unreadable echo never fails the task it came with.
   */
  public static RequestEcho lazy(String raw, Function<String, Map<String, Object>> reader) {
    Objects.requireNonNull(raw, "raw == null");
    Objects.requireNonNull(reader, "reader == null");
    return new RequestEcho(raw, null, reader);
  }

  /** Returns an echo with nothing in it. */
  public static RequestEcho empty() {
    return EMPTY;
  }

  /** The text exactly as sent, possibly empty. */
  public String raw() {
    return raw;
  }

  /** The top-level fields read from the text; empty when it was not a JSON object. */
  public Map<String, Object> fields() {
    Map<String, Object> read = fields;
    if (read == null) {
      Map<String, Object> parsed;
      try {
        parsed = reader.apply(raw);
      } catch (RuntimeException garbage) {
        parsed = null;
      }
      read = parsed == null ? Map.of() : copyMap(parsed);
      fields = read;
    }
    return read;
  }

  /** The echoed prompt, if the request had a string {@code prompt}. */
  public Optional<String> prompt() {
    return string("prompt");
  }

  /** The echoed field {@code name}, if it is a string. */
  public Optional<String> string(String name) {
    Object value = fields().get(name);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestEcho other && raw.equals(other.raw) && fields().equals(other.fields());
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "RequestEcho[" + raw + "]";
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      return copyMap((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        if (item != null) {
          out.add(copy(item));
        }
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }

  private static Map<String, Object> copyMap(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null && v != null) {
        out.put(k, copy(v));
      }
    });
    return Collections.unmodifiableMap(out);
  }
}
