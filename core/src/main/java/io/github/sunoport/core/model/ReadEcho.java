package io.github.sunoport.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An echo whose fields were read when it was made. */
final class ReadEcho implements RequestEcho {
  static final ReadEcho EMPTY = new ReadEcho("", Map.of());

  private final String raw;
  private final Map<String, Object> fields;

  ReadEcho(String raw, Map<String, Object> fields) {
    this.raw = raw;
    this.fields = fields;
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestEcho other && raw.equals(other.raw()) && fields.equals(other.fields());
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

  static Map<String, Object> copyMap(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null && v != null) {
        out.put(k, copy(v));
      }
    });
    return Collections.unmodifiableMap(out);
  }
}
