package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.support.Enveloped;

/**
 * kie.ai's Market envelope: {@code {code, message, data}} on the poll, {@code msg} in the create call's documented
 * example; both are read. Public only because Moshi reads public records.
 */
public record MarketEnvelope<D>(Integer code, String msg, String message, D data) implements Enveloped {
  @Override
  public String message() {
    return message != null ? message : msg;
  }
}
