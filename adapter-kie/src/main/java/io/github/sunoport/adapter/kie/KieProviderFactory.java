package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.RecordInfoProviderFactory;

/**
 * Opens kie.ai clients; found by {@link java.util.ServiceLoader} under the id {@code kie}. kie.ai requires a callback
 * URL on every submit: set one on the request or as
 * {@link io.github.sunoport.core.config.ProviderSettings#defaultCallbackUrl()}. Parse what arrives there with
 * {@code client.callbacks()}; with {@link io.github.sunoport.core.config.ProviderSettings#webhookKey()} set (kie.ai's
 * {@code webhookHmacKey}), every callback's {@code X-Webhook-Signature} is verified and unsigned ones are rejected.
 */
public final class KieProviderFactory extends RecordInfoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public KieProviderFactory() {
    super(new KieDialect());
  }
}
