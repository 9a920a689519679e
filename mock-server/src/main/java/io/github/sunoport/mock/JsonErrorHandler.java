package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some requests before Javalin sees them (bad URIs, malformed {@code %} escapes, oversized
 * headers); its default is an HTML page. This keeps those answers JSON, without stack traces.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    Profile profile = path == null ? null : Profiles.find(prefix(path));
    String messageKey = profile == null ? "msg" : profile.envelope().messageKey();
    response.write(true, ByteBuffer.wrap(body(code, message, messageKey)), callback);
  }

  private static String prefix(String path) {
    int slash = path.indexOf('/', 1);
    return slash < 0 ? "" : path.substring(1, slash);
  }

  /** Jetty's default writes no body for methods other than GET, POST and HEAD; every answer here is JSON. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  @SuppressWarnings("removal") // still what Jetty 12.1 calls for unparseable requests
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int code, String message) {
    return body(code, message, "msg");
  }

  /** {@code {code, <messageKey>}}: the addressed provider's message key. */
  static byte[] body(int code, String message, String messageKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put(messageKey, message == null || message.isBlank() ? "Bad Request" : message);
    return Json.string(body).getBytes(UTF_8);
  }
}
