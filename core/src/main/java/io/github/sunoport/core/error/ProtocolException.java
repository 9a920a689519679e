package io.github.sunoport.core.error;

import java.util.Objects;

/**
 * The provider's answer could not be understood: not JSON (an HTML error page from a proxy), empty, truncated, too
 * large, or JSON of the wrong shape. It carries the HTTP status and the start of the body for diagnosis.
 *
 * <p>Retrying can help only when the HTTP status was 5xx (a proxy or gateway failing); otherwise the provider
 * changed its format and retrying will not help.
 */
public final class ProtocolException extends SunoException {
  private static final long serialVersionUID = 1L;
  private static final int BODY_START = 200;

  private final String bodyStart;

  /** Creates the exception; {@code body} is cut to its first 200 characters. */
  public ProtocolException(String summary, ErrorDetails details, String body, Throwable cause) {
    super(summary + bodySuffix(body), details, cause);
    this.bodyStart = cut(Objects.requireNonNullElse(body, ""));
  }

  /** The first 200 characters of the body received. */
  public String bodyStart() {
    return bodyStart;
  }

  /** Returns true when the HTTP status was 5xx. */
  @Override
  public boolean isRetryable() {
    return httpStatus().isPresent() && httpStatus().getAsInt() >= 500;
  }

  private static String bodySuffix(String body) {
    if (body == null || body.isEmpty()) {
      // The summary says what was wrong; a note on a body that is not there would contradict "too large" or "no
      // final answer".
      return "";
    }
    return "; the body starts with: " + cut(body).replaceAll("\\p{Cntrl}", " ");
  }

  private static String cut(String body) {
    return body.length() <= BODY_START ? body : body.substring(0, BODY_START) + "...";
  }
}
