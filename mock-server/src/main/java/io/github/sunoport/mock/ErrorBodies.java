package io.github.sunoport.mock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A provider's error JSON. kie.ai and sunoapi.org put a business code in {@code {code,msg,data}} and answer
 * HTTP 200 (their documented behaviour); sunoapi.com documents {@code code} as "the HTTP status code", so its
 * HTTP status mirrors the body. The sunoapi.com error shape {@code {code,message,data}} is inferred (providers.md 3.6).
 */
final class ErrorBodies {
  private final Provider provider;
  private final Properties messages = new Properties();

  ErrorBodies(Provider provider) {
    this.provider = provider;
    byte[] table = ExampleCatalog.resource(provider.id + "/error-codes.properties");
    try (InputStreamReader reader =
        new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8)) {
      messages.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String message(int code) {
    return messages.getProperty(Integer.toString(code), "Error " + code);
  }

  /** The provider's answer for a body code, with the wording of its code table. */
  Reply reply(int code) {
    return reply(code, message(code));
  }

  Reply reply(int code, String message) {
    return withStatus(provider.family ? 200 : httpStatus(code), code, message);
  }

  /** Routing and transport errors (unknown path, wrong method, oversize body) keep their real HTTP status. */
  Reply withStatus(int httpStatus, int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put(provider.family ? "msg" : "message", message);
    body.put("data", null);
    return Reply.json(httpStatus, body);
  }

  /** Unknown task id. kie.ai/sunoapi.org: not documented, so 404 in their envelope; sunoapi.com: providers.md 3.6. */
  Reply taskNotFound() {
    return provider.family ? reply(404, "Task not found") : reply(400, "task not found.");
  }

  int validationCode() {
    return provider == Provider.KIE ? 422 : 400;
  }

  Reply badInput(BadInput e, boolean lyricsRoute) {
    if (!provider.family) return reply(400, e.getMessage());
    int code = validationCode();
    // 413 "Theme or prompt too long" is on every sunoapi.org page but only on kie's Generate Lyrics page.
    if (e.kind == BadInput.Kind.TOO_LONG && (provider == Provider.SUNOAPI_ORG || lyricsRoute)) code = 413;
    return reply(code, message(code) + ": " + e.getMessage());
  }

  private static int httpStatus(int code) {
    return code >= 200 && code <= 599 ? code : 500;
  }
}
