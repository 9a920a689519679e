package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a provider wraps its answers: {@code {code, <messageKey>, data}}.
 *
 * @param messageKey {@code msg} (kie.ai legacy, sunoapi.org) or {@code message} (sunoapi.com, kie.ai Market)
 * @param httpStatusIsCode the HTTP status repeats the body code (sunoapi.com documents {@code code} as "the HTTP
 *     status code"); otherwise business errors travel in an HTTP 200, as kie.ai and sunoapi.org answer them
 * @param dataBeforeMessage successful answers list {@code data} before the message (sunoapi.com's examples)
 */
record Envelope(String messageKey, boolean httpStatusIsCode, boolean dataBeforeMessage) {
  /**
   * kie.ai's legacy tree and sunoapi.org (https://docs.kie.ai/suno-api/get-music-details,
   * https://docs.sunoapi.org/suno-api/get-remaining-credits).
   */
  static final Envelope MSG_IN_HTTP_200 = new Envelope("msg", false, false);
  /**
   * kie.ai's Market API: {@code message}, and the HTTP statuses its task-detail page lists (400, 401, 404, 422, 429,
   * 500) beside the body code (https://docs.kie.ai/market/common/get-task-detail).
   */
  static final Envelope MARKET = new Envelope("message", true, false);

  /** A successful answer around {@code data}. */
  Map<String, Object> ok(Object data, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", 200);
    if (dataBeforeMessage) {
      body.put("data", data);
      body.put(messageKey, message);
    } else {
      body.put(messageKey, message);
      body.put("data", data);
    }
    return body;
  }

  /** An error answer: {@code data} is always present and null. */
  Map<String, Object> error(int code, String message) {
    return error(code, message, null);
  }

  /** An error answer that still carries {@code data}, as a repeated cover request carries the existing task id. */
  Map<String, Object> error(int code, String message, Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put(messageKey, message);
    body.put("data", data);
    return body;
  }

  /** The HTTP status that carries a business error with this body code. */
  int httpStatus(int code) {
    if (!httpStatusIsCode) return 200;
    return code >= 200 && code <= 599 ? code : 500;
  }
}
