package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The last {@link #CAPACITY} provider requests, oldest first, with credentials redacted before storing. */
final class RequestLog {
  static final int CAPACITY = 1_000;
  /** Bodies are cut here so a burst of large uploads cannot grow the log past a few MiB per entry. */
  static final int MAX_BODY_CHARS = 16_384;

  private final LoggedRequest[] ring = new LoggedRequest[CAPACITY];
  private long written;

  synchronized void add(LoggedRequest request) {
    ring[(int) (written++ % CAPACITY)] = request;
  }

  synchronized List<LoggedRequest> snapshot() {
    int size = (int) Math.min(written, CAPACITY);
    List<LoggedRequest> out = new ArrayList<>(size);
    for (long i = written - size; i < written; i++) out.add(ring[(int) (i % CAPACITY)]);
    return out;
  }

  synchronized void clear() {
    java.util.Arrays.fill(ring, null);
    written = 0;
  }

  /** Never keep a secret: the scheme stays visible so QA can still see what kind of credential was sent. */
  static String redact(String header, String value) {
    String name = header.toLowerCase(Locale.ROOT);
    if (name.equals("authorization") || name.equals("proxy-authorization")) {
      int space = value.indexOf(' ');
      return space > 0 ? value.substring(0, space) + " ****" : "****";
    }
    if (name.equals("x-admin-token") || name.equals("cookie") || name.contains("api-key")) return "****";
    return value;
  }

  static String cut(String body) {
    return body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS) + "…(truncated)";
  }

  static Map<String, String> redactAll(Map<String, String> headers) {
    Map<String, String> out = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> out.put(k, redact(k, v)));
    return out;
  }
}
