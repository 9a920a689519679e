package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a logged request must look like to count, for {@link MockAdmin#count}, {@link MockAdmin#find} and
 * {@link MockAdmin#verify}. Every part left out matches anything; the parts given must all hold:
 *
 * <pre>{@code
 * RequestPattern.any().provider("kie").route("generate").header("X-Mock-Scenario", "credits")
 *     .body("prompt", "rain").body("/customMode", true)
 * }</pre>
 *
 * A body key starting with {@code /} is a JSON Pointer (RFC 6901) into the request body, any other key a top-level
 * field; values are compared as JSON (numbers by value). Header names are case-insensitive; the log keeps
 * {@code Authorization} only as {@code Bearer ****}, so match a token's presence, not its value.
 */
public final class RequestPattern {
  private static final Set<String> JSON_FIELDS = Set.of("provider", "route", "method", "path", "headers", "query", "body");
  private static final Object MISSING = new Object();
  /** JSON null, canonical form: maps hold it where a Java null would be ambiguous with "absent". */
  private static final Object MISSING_NULL = new Object();

  private final String provider;
  private final String route;
  private final String method;
  private final String path;
  private final Map<String, String> headers;
  private final Map<String, String> query;
  private final Map<String, Object> body;

  private RequestPattern(String provider, String route, String method, String path, Map<String, String> headers,
      Map<String, String> query, Map<String, Object> body) {
    this.provider = provider;
    this.route = route;
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.query = query;
    this.body = body;
  }

  /** Matches every request; narrow it with the other methods. */
  public static RequestPattern any() {
    return new RequestPattern(null, null, null, null, Map.of(), Map.of(), Map.of());
  }

  /** Requests to this provider ({@code kie}, {@code sunoapi-org}, {@code sunoapi-com}). */
  public RequestPattern provider(String provider) {
    return new RequestPattern(Profiles.of(provider).id(), route, method, path, headers, query, body);
  }

  /** Requests answered by the route with this key ({@code generate}, {@code lyrics-record-info}, ...). */
  public RequestPattern route(String route) {
    return new RequestPattern(provider, Objects.requireNonNull(route, "route == null"), method, path, headers, query,
        body);
  }

  /** Requests with this HTTP method, in any case. */
  public RequestPattern method(String method) {
    return new RequestPattern(provider, route, Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT),
        path, headers, query, body);
  }

  /** Requests to exactly this path (with the provider prefix, without the query): {@code /kie/api/v1/generate}. */
  public RequestPattern path(String path) {
    return new RequestPattern(provider, route, method, Objects.requireNonNull(path, "path == null"), headers, query,
        body);
  }

  /** Requests carrying this header with exactly this value. */
  public RequestPattern header(String name, String value) {
    Map<String, String> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    more.putAll(headers);
    more.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return new RequestPattern(provider, route, method, path, Collections.unmodifiableMap(more), query, body);
  }

  /** Requests whose query has this parameter with exactly this (decoded) value. */
  public RequestPattern query(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(query);
    more.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return new RequestPattern(provider, route, method, path, headers, Collections.unmodifiableMap(more), body);
  }

  /**
   * Requests whose JSON body holds {@code value} at {@code field}: a top-level field name, or a JSON Pointer such as
   * {@code /customMode} or {@code /input/tags}. {@code null} matches an explicit JSON null.
   */
  public RequestPattern body(String field, Object value) {
    Objects.requireNonNull(field, "field == null");
    Map<String, Object> more = new LinkedHashMap<>(body);
    more.put(field, value);
    return new RequestPattern(provider, route, method, path, headers, query, Collections.unmodifiableMap(more));
  }

  /** True when every part given holds for the request. */
  public boolean matches(LoggedRequest request) {
    return differences(request).isEmpty();
  }

  /** What differs between the request and this pattern, one sentence per part; empty when it matches. */
  List<String> differences(LoggedRequest request) {
    List<String> out = new ArrayList<>();
    if (provider != null && !provider.equals(request.provider())) {
      out.add("provider was " + orNone(request.provider()) + ", not " + provider);
    }
    if (route != null && !route.equals(request.route())) {
      out.add("route was " + (request.route() == null ? "none (no route answered)" : request.route()) + ", not " + route);
    }
    if (method != null && !method.equals(request.method())) out.add("method was " + request.method() + ", not " + method);
    if (path != null && !path.equals(request.path())) out.add("path was " + request.path() + ", not " + path);
    headers.forEach((name, value) -> {
      String actual = request.headers().get(name);
      if (!value.equals(actual)) out.add("header " + name + " was " + quoted(actual) + ", not " + quoted(value));
    });
    if (!query.isEmpty()) {
      Map<String, String> actual = queryOf(request.query());
      query.forEach((name, value) -> {
        if (!value.equals(actual.get(name))) {
          out.add("query " + name + " was " + quoted(actual.get(name)) + ", not " + quoted(value));
        }
      });
    }
    if (!body.isEmpty()) {
      Object json = parse(request.body());
      body.forEach((field, value) -> {
        Object actual = json == MISSING ? MISSING : at(json, field);
        if (!sameJson(value, actual)) {
          out.add("body " + field + " was " + (actual == MISSING ? (json == MISSING ? "absent (no JSON body)" : "absent")
              : Json.string(actual)) + ", not " + Json.string(value));
        }
      });
    }
    return out;
  }

  /**
   * Reads the JSON form the admin API takes: {@code provider}, {@code route}, {@code method}, {@code path},
   * {@code headers} and {@code query} (objects of strings), {@code body} (an object of fields or pointers to values).
   *
   * @throws IllegalArgumentException naming the first field that is unknown or of the wrong type
   */
  static RequestPattern fromJson(Map<String, Object> json) {
    for (String key : json.keySet()) {
      if (!JSON_FIELDS.contains(key)) {
        throw new IllegalArgumentException("Unknown matcher field '" + key + "'; known: " + new TreeSet<>(JSON_FIELDS));
      }
    }
    RequestPattern pattern = any();
    if (json.get("provider") != null) pattern = pattern.provider(text(json, "provider"));
    if (json.get("route") != null) pattern = pattern.route(text(json, "route"));
    if (json.get("method") != null) pattern = pattern.method(text(json, "method"));
    if (json.get("path") != null) pattern = pattern.path(text(json, "path"));
    for (Map.Entry<String, Object> e : object(json, "headers").entrySet()) {
      pattern = pattern.header(e.getKey(), text(e.getValue(), "headers." + e.getKey()));
    }
    for (Map.Entry<String, Object> e : object(json, "query").entrySet()) {
      pattern = pattern.query(e.getKey(), text(e.getValue(), "query." + e.getKey()));
    }
    for (Map.Entry<String, Object> e : object(json, "body").entrySet()) pattern = pattern.body(e.getKey(), e.getValue());
    return pattern;
  }

  String provider() {
    return provider;
  }

  String route() {
    return route;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (provider != null) parts.add("provider=" + provider);
    if (route != null) parts.add("route=" + route);
    if (method != null) parts.add("method=" + method);
    if (path != null) parts.add("path=" + path);
    headers.forEach((k, v) -> parts.add("header " + k + "=" + quoted(v)));
    query.forEach((k, v) -> parts.add("query " + k + "=" + quoted(v)));
    body.forEach((k, v) -> parts.add("body " + k + "=" + Json.string(v)));
    return parts.isEmpty() ? "{any request}" : "{" + String.join(", ", parts) + "}";
  }

  private static String text(Map<String, Object> json, String field) {
    return text(json.get(field), field);
  }

  private static String text(Object value, String field) {
    if (!(value instanceof String)) throw new IllegalArgumentException("Matcher field " + field + " must be a string");
    return (String) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> json, String field) {
    Object value = json.get(field);
    if (value == null) return Map.of();
    if (!(value instanceof Map)) throw new IllegalArgumentException("Matcher field " + field + " must be an object");
    return (Map<String, Object>) value;
  }

  private static Map<String, String> queryOf(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      try {
        out.putIfAbsent(Call.decode(eq < 0 ? pair : pair.substring(0, eq), true),
            eq < 0 ? "" : Call.decode(pair.substring(eq + 1), true));
      } catch (BadInput e) {
        // A malformed escape matches no expected value; the other parameters still count.
      }
    }
    return out;
  }

  private static Object parse(String body) {
    if (body == null || body.isBlank()) return MISSING;
    try {
      return Json.parse(body);
    } catch (BadInput e) {
      return MISSING;
    }
  }

  /** A top-level field, or the value at a JSON Pointer (RFC 6901: {@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
  private static Object at(Object json, String field) {
    if (!field.startsWith("/")) return json instanceof Map && ((Map<?, ?>) json).containsKey(field)
        ? ((Map<?, ?>) json).get(field) : MISSING;
    Object node = json;
    for (String token : field.substring(1).split("/", -1)) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map && ((Map<?, ?>) node).containsKey(key)) {
        node = ((Map<?, ?>) node).get(key);
      } else if (node instanceof List && key.matches("0|[1-9]\\d{0,8}") && Integer.parseInt(key) < ((List<?>) node).size()) {
        node = ((List<?>) node).get(Integer.parseInt(key));
      } else {
        return MISSING;
      }
    }
    return node;
  }

  private static boolean sameJson(Object expected, Object actual) {
    return actual != MISSING && canonical(expected).equals(canonical(actual));
  }

  /** Numbers as whole longs or doubles and maps without order, so {@code 3}, {@code 3L} and {@code 3.0} agree. */
  private static Object canonical(Object value) {
    if (value == null) return MISSING_NULL;
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
    if (value instanceof Map) {
      Map<String, Object> out = new java.util.HashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), canonical(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) out.add(canonical(item));
      return out;
    }
    return value;
  }

  private static String orNone(String text) {
    return text == null ? "none" : text;
  }

  private static String quoted(String text) {
    return text == null ? "absent" : "\"" + text + "\"";
  }
}
