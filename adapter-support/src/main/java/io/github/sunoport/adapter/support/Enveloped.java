package io.github.sunoport.adapter.support;

/**
 * A provider's answer envelope: a business code and message beside the data. Wire records implement it so that
 * {@link Envelopes} can check any provider's answers the same way.
 */
public interface Enveloped {
  /** The business code in the body, or null when the body has none (a bare object). */
  Integer code();

  /** The provider's message, or null. */
  String message();
}
