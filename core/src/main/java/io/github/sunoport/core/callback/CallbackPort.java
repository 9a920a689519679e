package io.github.sunoport.core.callback;

import io.github.sunoport.core.error.InvalidCallbackException;
import java.util.List;
import java.util.Map;

/**
 * Parses the callbacks a provider POSTs to the app's callback URL. The app's own HTTP server receives the request
 * and hands over its raw body and headers; nothing here depends on a web framework. Reached through
 * {@link io.github.sunoport.core.port.SunoClient#callbacks()}. Thread-safe.
 *
 * <pre>{@code
 * CallbackEvent event = client.callbacks().parse(requestBody, requestHeaders);
 * if (ledger.claimCallback(event)) {                // once per (provider, task, stage), across instances
 *   handle(event);
 * }
 * // answer 200 quickly; providers retry on errors and timeouts
 * }</pre>
 */
public interface CallbackPort {
  /**
   * Parses one callback. When the provider signs callbacks and the client's settings hold a
   * {@linkplain io.github.sunoport.core.config.ProviderSettings#webhookKey() webhook key}, the signature is checked
   * first; without a key nothing is verified.
   *
   * @param body the request body exactly as received
   * @param headers the request headers; names are matched case-insensitively ({@code x-webhook-signature} finds
   *     {@code X-Webhook-Signature}), and for a header sent several times the first value counts. Use
   *     {@code Map.of()} when there are none.
   * @return the event, never null
   * @throws InvalidCallbackException if the body is not a callback of this provider (not JSON, an unknown shape,
   *     values that make no sense) or, with a key configured, the signature is missing, garbled, expired or wrong
   */
  CallbackEvent parse(byte[] body, Map<String, List<String>> headers);
}
