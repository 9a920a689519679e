package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.support.Enveloped;

/** The family's envelope: {@code {code, msg, data}}. Public only because Moshi reads public records. */
public record Envelope<D>(Integer code, String msg, D data) implements Enveloped {
  @Override
  public String message() {
    return msg;
  }
}
