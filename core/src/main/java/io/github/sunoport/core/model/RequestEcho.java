package io.github.sunoport.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request as a provider echoes it with a task ({@code param} or {@code input}, a JSON document inside a JSON
 * string). The raw text is always kept; {@code fields} holds what could be read of it, and is empty when the text was
 * not a JSON object. Values are {@code String}, {@code Boolean}, {@code Double}, {@code List} or {@code Map}, all
 * immutable; JSON nulls are left out.
 *
 * @param raw the text exactly as sent, possibly empty
 * @param fields the top-level fields read from it
 */
public record RequestEcho(String raw, Map<String, Object> fields) {
  private static final RequestEcho EMPTY = new RequestEcho("", Map.of());

  /** Copies {@code fields} deeply into immutable collections, leaving nulls out. */
  public RequestEcho {
    Objects.requireNonNull(raw, "raw == null");
    Objects.requireNonNull(fields, "fields == null");
    fields = copyMap(fields);
  }

  /** Returns an echo with nothing in it. */
  public static RequestEcho empty() {
    return EMPTY;
  }

  /** The echoed prompt, if the request had a string {@code prompt}. */
  public Optional<String> prompt() {
    return string("prompt");
  }

  /** The echoed field {@code name}, if it is a string. */
  public Optional<String> string(String name) {
    Object value = fields.get(name);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
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
