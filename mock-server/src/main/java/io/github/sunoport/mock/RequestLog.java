package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last provider requests, oldest first, with credentials redacted before storing: at most {@link #CAPACITY}
 * entries and {@link #MAX_BYTES} (estimated), the newest kept.
 */
final class RequestLog {
  static final int CAPACITY = 1_000;
  static final long MAX_BYTES = 6L * 1024 * 1024;
  /** Bodies are cut here so one large upload cannot take the log's whole budget. */
  static final int MAX_BODY_CHARS = 16_384;
  /** An entry's fixed cost: the record, its map and the strings' headers. */
  private static final long ENTRY_OVERHEAD = 512;

  private final BoundedLog<LoggedRequest> entries = new BoundedLog<>(CAPACITY, MAX_BYTES, RequestLog::estimate);

  void add(LoggedRequest request) {
    entries.add(request);
  }

  List<LoggedRequest> snapshot() {
    return entries.snapshot();
  }

  void clear() {
    entries.clear();
  }

  long bytes() {
    return entries.bytes();
  }

  private static long estimate(LoggedRequest r) {
    long headers = 0;
    for (Map.Entry<String, String> header : r.headers().entrySet()) {
      headers += 64 + BoundedLog.chars(header.getKey()) + BoundedLog.chars(header.getValue());
    }
    return ENTRY_OVERHEAD + headers + BoundedLog.chars(r.path()) + BoundedLog.chars(r.query())
        + BoundedLog.chars(r.body());
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
