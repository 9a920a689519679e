package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves proxied answers as example files in the {@code --examples} layout ({@code <provider>/<route>/<name>.json}),
 * so a later mock started with that directory replays them: an answer naming a task id is served for that id, any
 * answer by its name in {@code X-Mock-Scenario}. Credentials never reach the disk: values under keys that name a
 * token, key, secret or callback URL are replaced, inside JSON-in-a-string fields ({@code param}) too, and so is the
 * caller's own token wherever it appears. Only JSON answers are saved.
 */
final class Recorder {
  static final String REDACTED = "REDACTED";
  private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);
  private static final Pattern SECRET_KEY = Pattern.compile(
      "(?i).*(token|secret|password|api[-_]?key|apikey|authorization|callback[-_]?url|webhook|signature).*");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private final Path dir;
  private final AtomicLong sequence = new AtomicLong();

  Recorder(Path dir) {
    this.dir = dir;
  }

  /** Writes one answer; a failure to write is logged, never turned into a failed call. */
  void save(Profile provider, String route, String query, byte[] requestBody, Reply reply, String authorization) {
    Object json;
    try {
      json = Json.parse(new String(reply.body(), UTF_8));
    } catch (BadInput notJson) {
      return;
    }
    String token = bearer(authorization);
    Object clean = redact(json, token);
    String name = name(clean);
    Path file = dir.resolve(provider.id()).resolve(route).resolve(name + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, Json.string(clean), UTF_8);
    } catch (IOException e) {
      LOG.warn("Record mode could not write {}: {}", file, e.getMessage());
    }
  }

  /** {@code task-<id>} for an answer about a task, else {@code recorded-<n>}; always a safe file name. */
  private String name(Object json) {
    Object data = json instanceof Map ? ((Map<?, ?>) json).get("data") : null;
    Object id = data instanceof Map ? firstNonNull(((Map<?, ?>) data).get("taskId"), ((Map<?, ?>) data).get("task_id"))
        : null;
    if (id instanceof String && !((String) id).isBlank()) return "task-" + UNSAFE.matcher((String) id).replaceAll("_");
    return "recorded-" + System.currentTimeMillis() + "-" + sequence.incrementAndGet();
  }

  private static Object firstNonNull(Object a, Object b) {
    return a != null ? a : b;
  }

  private static String bearer(String authorization) {
    if (authorization == null) return null;
    String value = authorization.strip();
    int space = value.indexOf(' ');
    String token = space > 0 ? value.substring(space + 1).strip() : value;
    return token.length() >= 4 ? token : null;
  }

  /** A copy with every secret replaced. */
  static Object redact(Object value, String token) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> {
        String key = String.valueOf(k);
        out.put(key, SECRET_KEY.matcher(key).matches() && v != null && !(v instanceof Map) && !(v instanceof List)
            ? REDACTED : redact(v, token));
      });
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) out.add(redact(item, token));
      return out;
    }
    if (value instanceof String) {
      String text = (String) value;
      String trimmed = text.strip();
      // Records echo the request as a JSON string (param, input): its callback URL is inside.
      if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
        try {
          return Json.string(redact(Json.parse(trimmed), token));
        } catch (BadInput notJson) {
          // an ordinary string that happens to start with a brace
        }
      }
      return token != null && text.contains(token) ? text.replace(token, REDACTED) : text;
    }
    return value;
  }
}
