package io.github.sunoport.adapter.recordinfo;

import java.util.List;
import java.util.Map;

/**
 * Checks the signature of a callback, for providers that sign them. A dialect returns one from
 * {@link RecordInfoDialect#callbackVerifier} when the settings hold a webhook key.
 */
@FunctionalInterface
public interface CallbackVerifier {
  /**
   * Checks that the callback naming {@code taskId} was signed with the configured key.
   *
   * @param taskId the task id the callback's body names
   * @param headers the request headers; names are case-insensitive, lists are never null
   * @throws io.github.sunoport.core.error.InvalidCallbackException naming the reason when the signature is
   *     missing, garbled, outside the tolerance window or wrong
   */
  void verify(String taskId, Map<String, List<String>> headers);
}
