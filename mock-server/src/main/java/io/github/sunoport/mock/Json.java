package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Moshi-backed reading and writing of untyped JSON (maps, lists, strings, numbers, booleans, null). */
final class Json {
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);
  private static final JsonAdapter<Object> WRITER = ANY.serializeNulls();

  private Json() {}

  /** Parses one complete JSON document; throws {@link BadInput} for anything that is not valid JSON. */
  static Object parse(String text) throws BadInput {
    try {
      return ANY.fromJson(text);
    } catch (IOException | JsonDataException | IllegalStateException e) {
      throw BadInput.malformed("Malformed JSON body");
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(byte[] body) throws BadInput {
    String text = new String(body, UTF_8);
    if (text.isBlank()) throw BadInput.malformed("Request body is empty; a JSON object is required");
    Object value = parse(text);
    if (!(value instanceof Map)) throw BadInput.malformed("Request body must be a JSON object");
    return (Map<String, Object>) value;
  }

  static String string(Object value) {
    return WRITER.toJson(normalize(value));
  }

  static byte[] bytes(Object value) {
    return string(value).getBytes(UTF_8);
  }

  /** Moshi reads every number as a double; whole numbers go back out as integers so echoes stay faithful. */
  static Object normalize(Object value) {
    if (value instanceof Double) {
      double d = (Double) value;
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return (long) d;
      return d;
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) copy.add(normalize(item));
      return copy;
    }
    return value;
  }
}
