package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;

/** One HTTP answer, fully built before it is written. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";

  static Reply json(int status, byte[] body) {
    return new Reply(status, JSON, body, Map.of());
  }

  static Reply json(int status, Object value) {
    return json(status, Json.bytes(value));
  }

  static Reply html(int status, String html) {
    return new Reply(status, "text/html; charset=utf-8", html.getBytes(UTF_8), Map.of());
  }

  Reply withHeader(String name, String value) {
    return new Reply(status, contentType, body, Map.of(name, value));
  }
}
