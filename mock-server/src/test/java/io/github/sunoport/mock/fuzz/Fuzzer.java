package io.github.sunoport.mock.fuzz;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sends seeded random requests to a mock server on loopback and checks every answer: JSON shaped like the addressed
 * provider's errors or a documented success, no 500 unless a fault was asked for, no stack trace, no hang.
 * Requests are methods, paths, query strings, headers and bodies drawn from the documented ones, mutated, or
 * garbage; about one in twelve is not even HTTP.
 */
public final class Fuzzer {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
  private static final String[] PROVIDERS = {"kie", "sunoapi-org", "sunoapi-com", "nope", "", "KIE", "__adminx"};
  private static final String[] FAMILY_PATHS = {"api/v1/lyrics", "api/v1/lyrics/record-info", "api/v1/generate",
      "api/v1/generate/extend", "api/v1/generate/record-info", "api/v1/generate/get-timestamped-lyrics",
      "api/v1/chat/credit", "api/v1/generate/credit"};
  private static final String[] COM_PATHS = {"api/v1/suno/make-lyrics", "api/v1/suno/get-lyrics/", "api/v1/suno/create",
      "api/v1/suno/task/", "api/v1/suno/clip/", "api/v1/get-credits"};
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "GET", "POST"};
  private static final String[] IDS = {"11dc****8b0f", "5c79****be8e", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce", "..",
      "%2e%2e", "%2F", "a%2Fb", "%", "%zz", "%00", "%C3%28", "%F0%9F%8E%B5", "x".repeat(5000), "'; DROP TABLE", "<script>",
      "${jndi:ldap://x}", "%u0041", "+", ""};
  private static final String[] SCENARIOS = {"success", "audio-failed", "data-array", "lyrics-data", "model-v4-5-all",
      "nope", "", " ", "../../etc/passwd", "\u00e9", "x".repeat(3000)};
  private static final String[] FAULTS = {"unauthorized", "credits", "rate-limited", "maintenance", "server-error",
      "http-429", "http-502", "http-503", "500", "402", "455", "599", "100", "200"};
  private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/octet-stream",
      "application/json; charset=ebcdic", "garbage/;;;", ""};
  private static final String[] AUTHS = {"Bearer fuzz-key", "Bearer fuzz-key", "Bearer fuzz-key", "Bearer ", "Basic YTpi",
      "bearer fuzz-key", "Bearer " + "k".repeat(6000), "Bearer \u00ff\u00fe", null};

  private final int port;
  private final Random random;
  private final List<String> problems = new ArrayList<>();
  private int sent;
  private int answered;
  private int garbage;
  private int unanswered;

  /** A fuzzer of the mock on {@code port} of 127.0.0.1, drawing from {@code seed}. */
  public Fuzzer(int port, long seed) {
    this.port = port;
    this.random = new Random(seed);
  }

  /** Sends one random request and checks its answer; problems are collected, not thrown. */
  public void sendOne() {
    Request request = random.nextInt(12) == 0 ? garbageRequest() : randomRequest();
    sent++;
    RawHttp.Answer answer = RawHttp.send(port, request.bytes);
    check(request, answer);
  }

  /** What went wrong so far, one line per answer; empty when every answer passed. */
  public List<String> problems() {
    return problems;
  }

  public String summary() {
    return sent + " requests (" + garbage + " not valid HTTP), " + answered + " answered, " + unanswered
        + " closed without an answer, " + problems.size() + " problems";
  }

  public int sent() {
    return sent;
  }

  private void check(Request request, RawHttp.Answer answer) {
    if (answer.timedOut()) {
      problem(request, "no answer within " + RawHttp.TIMEOUT_MILLIS + " ms");
      return;
    }
    if (answer.status() < 0) {
      unanswered++;
      // Only a request that was not HTTP, or an upload refused while it was being sent, may go unanswered.
      if (!request.garbage && !request.huge) {
        problem(request, "closed without an answer");
      }
      return;
    }
    answered++;
    String text = answer.text();
    // 505 is the right answer to a request line naming HTTP/9.9 or none at all.
    boolean versionRefused = request.garbage && answer.status() == 505;
    if (answer.status() >= 500 && !request.faultAsked && !versionRefused) {
      problem(request, "HTTP " + answer.status() + " without a fault asked for: " + cut(text));
    }
    if (text.contains("Exception") || text.contains("\tat ") || text.contains("at io.") || text.contains("at java.")
        || text.contains("at org.")) {
      problem(request, "stack trace or exception in the body: " + cut(text));
    }
    if (request.method.equals("HEAD") || answer.status() == 204 || answer.status() == 304) {
      return;
    }
    if (request.faultAsked && text.startsWith("<html>")) {
      return; // http-502/http-503 deliberately serve a proxy's HTML page
    }
    Object json;
    try {
      json = JSON.fromJson(text);
    } catch (Exception e) {
      problem(request, "HTTP " + answer.status() + " body is not JSON: " + cut(text));
      return;
    }
    if (!(json instanceof Map<?, ?> body)) {
      problem(request, "HTTP " + answer.status() + " body is not a JSON object: " + cut(text));
      return;
    }
    String shape = shapeProblem(request.prefix, answer.status(), body);
    if (shape != null) {
      problem(request, shape + ": " + cut(text));
    }
  }

  /** Null when {@code body} has the addressed provider's error shape or a documented success shape. */
  private static String shapeProblem(String prefix, int status, Map<?, ?> body) {
    boolean code = body.get("code") instanceof Number;
    if (prefix.equals("sunoapi-com")) {
      if (code && body.get("message") instanceof String) {
        return null;
      }
      // Requests Jetty refuses before routing (bad URI, oversize headers) cannot know the provider.
      if (status >= 400 && code && body.get("msg") instanceof String) {
        return null;
      }
      boolean credits = status == 200 && body.containsKey("credits");
      return credits ? null : "not sunoapi.com's {code,message} nor a documented success";
    }
    return code && body.get("msg") instanceof String ? null : "not a {code,msg} body";
  }

  private void problem(Request request, String what) {
    if (problems.size() < 200) {
      problems.add(what + " <- " + request.describe());
    }
  }

  private Request randomRequest() {
    String prefix = PROVIDERS[random.nextInt(PROVIDERS.length)];
    boolean com = prefix.equals("sunoapi-com");
    String[] paths = com ? COM_PATHS : FAMILY_PATHS;
    String path = paths[random.nextInt(paths.length)];
    if (path.endsWith("/")) {
      path += pick(IDS);
    }
    path = mutatePath(path);
    String method = random.nextInt(20) == 0 ? pick(new String[] {"TRACE", "CONNECT", "PROPFIND", "BREW", "get"})
        : pick(METHODS);
    String query = randomQuery();
    StringBuilder head = new StringBuilder();
    String target = "/" + prefix + (prefix.isEmpty() ? "" : "/") + path + (query.isEmpty() ? "" : "?" + query);
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\n");
    String auth = pick(AUTHS);
    if (auth != null) {
      head.append("Authorization: ").append(auth).append("\r\n");
    }
    boolean faultAsked = false;
    int headerKind = random.nextInt(10);
    if (headerKind == 0) {
      head.append("X-Mock-Scenario: ").append(pick(SCENARIOS)).append("\r\n");
    } else if (headerKind == 1) {
      head.append("X-Mock-Scenario: ").append(pick(FAULTS)).append("\r\n");
      faultAsked = true;
    } else if (headerKind == 2) {
      head.append("X-Huge: ").append("h".repeat(1000 + random.nextInt(40_000))).append("\r\n");
    } else if (headerKind == 3) {
      for (int i = random.nextInt(200); i > 0; i--) {
        head.append("X-Many-").append(i).append(": ").append(i).append("\r\n");
      }
    }
    byte[] body = randomBody(com);
    boolean huge = body.length > 1 << 20 || head.length() > 8000;
    if (random.nextInt(4) != 0) {
      head.append("Content-Type: ").append(pick(CONTENT_TYPES)).append("\r\n");
    }
    if (body.length > 0 || method.equals("POST")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    return new Request(prefix, method, target, out.toByteArray(), faultAsked, false, huge);
  }

  private String mutatePath(String path) {
    return switch (random.nextInt(14)) {
      case 0 -> path + "/..";
      case 1 -> "../" + path;
      case 2 -> path.replace("/", "//");
      case 3 -> path.replace("v1", "%76%31");
      case 4 -> path + "%";
      case 5 -> path + ";jsessionid=1";
      case 6 -> path + "/" + "x".repeat(random.nextInt(12_000));
      case 7 -> path.toUpperCase();
      case 8 -> path + "%00";
      case 9 -> randomText(1 + random.nextInt(30)).replace(" ", "%20");
      case 10 -> path + "/";
      default -> path;
    };
  }

  private String randomQuery() {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1, 2 -> "taskId=" + pick(IDS);
      case 3 -> "taskId=" + pick(IDS) + "&taskId=" + pick(IDS);
      case 4 -> "taskId";
      case 5 -> "a=%zz&&=&taskId=%";
      case 6 -> "q=" + "q".repeat(random.nextInt(9000));
      default -> "taskId=11dc****8b0f&x=" + randomText(10).replace(" ", "+");
    };
  }

  private byte[] randomBody(boolean com) {
    return switch (random.nextInt(12)) {
      case 0, 1 -> new byte[0];
      case 2 -> utf8(com ? "{\"prompt\":\"a song about rain\"}"
          : "{\"prompt\":\"a song about rain\",\"callBackUrl\":\"http://127.0.0.1:9/cb\"}");
      case 3 -> utf8("{\"prompt\":\"rain\",\"customMode\":false,\"instrumental\":false,\"model\":\"V4_5\","
          + "\"callBackUrl\":\"http://127.0.0.1:9/cb\",\"custom_mode\":false,\"gpt_description_prompt\":\"rain\","
          + "\"mv\":\"chirp-v4\",\"taskId\":\"5c79****be8e\",\"audioId\":\"x\"}");
      case 4 -> utf8("{\"prompt\":" + pick(new String[] {"1", "null", "[]", "{}", "true", "\"\"", "1e999"})
          + ",\"customMode\":\"yes\",\"model\":7}");
      case 5 -> utf8(pick(new String[] {"{", "{\"a\":", "[1,2", "nul", "{\"a\":1}}", "\"str\"", "[]", "{}{}",
          "{\"a\":\"\\ud800\"}", "\uFEFF{}", "{'a':1}", "{\"a\":01}", "NaN"}));
      case 6 -> utf8("[".repeat(10_000) + "]".repeat(10_000));
      case 7 -> utf8("{\"prompt\":\"" + "\u0000\u0007\u202E雨🎵".repeat(200) + "\"}");
      case 8 -> {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        yield bytes;
      }
      case 9 -> random.nextInt(4) == 0 ? new byte[(1 << 20) + random.nextInt(2 << 20)] : new byte[random.nextInt(1 << 20)];
      case 10 -> utf8("prompt=rain&callBackUrl=x");
      default -> utf8("{\"prompt\":\"" + "p".repeat(random.nextInt(6000)) + "\",\"callBackUrl\":\"ftp://x\"}");
    };
  }

  private Request garbageRequest() {
    garbage++;
    String[] lines = {
        "GARBAGE\r\n\r\n",
        "GET /kie/api/v1/chat/credit HTTP/9.9\r\nHost: x\r\n\r\n",
        "GET /kie/api/v1/chat/credit\r\n\r\n",
        "GET  /kie/ HTTP/1.1\r\n\r\n",
        "GET /kie/api/v1/chat/credit HTTP/1.1\r\nNoColonHere\r\n\r\n",
        "GET /kie/api/v1/chat/credit HTTP/1.1\r\nHost: x\r\n folded: header\r\n\r\n",
        "POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}",
        "POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
        "POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "POST /sunoapi-com/api/v1/suno/create HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFF\r\n",
        "POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"prompt\":",
        "GET /sunoapi-com/api/v1/suno/task/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /kie/%C0%AE%C0%AE/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://evil.example/kie/api/v1/chat/credit HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
        "\u0000\u0001\u0002\u0003\r\n\r\n",
        "GET /sunoapi-org/api/v1/generate/credit HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \u0001\u0002\r\n\r\n",
        "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
    };
    byte[] bytes;
    if (random.nextInt(3) == 0) {
      bytes = new byte[1 + random.nextInt(2048)];
      random.nextBytes(bytes);
    } else {
      bytes = lines[random.nextInt(lines.length)].getBytes(StandardCharsets.ISO_8859_1);
    }
    String text = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.ISO_8859_1);
    String prefix = text.contains("/sunoapi-com/") ? "sunoapi-com" : "kie";
    return new Request(prefix, "?", text, bytes, false, true, false);
  }

  private String randomText(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
    }
    return out.toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  /**
   * One generated request. {@code garbage}: not valid HTTP; {@code huge}: over the mock's body or header limits, so
   * the server may close the connection after answering, before it has read everything.
   */
  private record Request(String prefix, String method, String target, byte[] bytes, boolean faultAsked,
      boolean garbage, boolean huge) {
    String describe() {
      String t = target.length() > 120 ? target.substring(0, 120) + "...(" + target.length() + ")" : target;
      return method + " " + t.replaceAll("[\\x00-\\x1f]", "?") + " (" + bytes.length + " bytes)";
    }
  }
}
