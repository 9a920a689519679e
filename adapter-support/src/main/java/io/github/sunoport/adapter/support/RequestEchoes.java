package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.core.model.RequestEcho;
import java.io.IOException;
import java.util.Map;

/**
 * Reads the request a provider echoes with a task ({@code param}, {@code input}): a JSON object inside a JSON string.
 * Garbage inside never fails the call; the raw text is kept either way.
 */
public final class RequestEchoes {
  private static final int MAX_LENGTH = 256 * 1024;

  private final JsonAdapter<Object> anyJson;

  /** Returns a reader using {@code moshi}. */
  public RequestEchoes(Moshi moshi) {
    this.anyJson = moshi.adapter(Object.class);
  }

  /**
   * Reads {@code echo}: a JSON string holding an object (read when its fields are first asked for), an object already
   * parsed, or anything else (kept raw, with no fields).
   */
  @SuppressWarnings("unchecked")
  public RequestEcho read(Object echo) {
    if (echo == null) {
      return RequestEcho.empty();
    }
    if (echo instanceof Map<?, ?> map) {
      return RequestEcho.of(anyJson.toJson(map), (Map<String, Object>) map);
    }
    String raw = Values.text(echo).orElseGet(() -> anyJson.toJson(echo));
    if (raw.length() > MAX_LENGTH || !raw.strip().startsWith("{")) {
      return RequestEcho.of(raw, Map.of());
    }
    return new LazyEcho(raw);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fieldsOf(String raw) {
    try {
      Object parsed = anyJson.fromJson(raw);
      return parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    } catch (IOException | RuntimeException garbage) {
      return Map.of();
    }
  }

  /**
   * An echo whose text is read only when its fields are first asked for: most fetches never look at them, and
   * parsing a 5 KB echo on every poll would cost more than the rest of the mapping.
   */
  private final class LazyEcho implements RequestEcho {
    private final String raw;
    private volatile Map<String, Object> fields;

    LazyEcho(String raw) {
      this.raw = raw;
    }

    @Override
    public String raw() {
      return raw;
    }

    @Override
    public Map<String, Object> fields() {
      Map<String, Object> read = fields;
      if (read == null) {
        // RequestEcho.of copies deeply into immutable collections and leaves out JSON nulls.
        read = RequestEcho.of(raw, fieldsOf(raw)).fields();
        fields = read;
      }
      return read;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RequestEcho other && raw.equals(other.raw()) && fields().equals(other.fields());
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return "RequestEcho[" + raw + "]";
    }
  }
}
