package io.github.sunoport.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task created through a create endpoint. Its state is never stored: it is derived from the clock, so a
 * fetch costs no writes. {@code callBackUrl} is where {@link Callbacks} delivers its stages; {@code filesBase} is
 * where its result links point ({@link ResultFiles}).
 */
record Task(
    String id,
    Profile provider,
    TaskKind kind,
    Instant createdAt,
    String param,
    Map<String, Object> request,
    String callBackUrl,
    String parentMusicId,
    List<String> trackIds,
    Fate fate,
    String filesBase) {

  Task withFate(Fate newFate) {
    return new Task(id, provider, kind, createdAt, param, request, callBackUrl, parentMusicId, trackIds, newFate,
        filesBase);
  }

  String text(String field, String fallback) {
    Object value = request.get(field);
    return value instanceof String && !((String) value).isBlank() ? (String) value : fallback;
  }
}
