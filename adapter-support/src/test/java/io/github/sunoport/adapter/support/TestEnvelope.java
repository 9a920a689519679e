package io.github.sunoport.adapter.support;

/** A {@code {code, msg, data}} envelope for tests; public because Moshi reads only public records. */
public record TestEnvelope(Integer code, String msg, Object data) implements Enveloped {
  @Override
  public String message() {
    return msg;
  }
}
