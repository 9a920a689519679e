package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.DerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedCallback;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.CallbackBody;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Parses the family's callbacks: JSON → shape check → signature (when the dialect has a verifier) → domain event.
 * Every way a body can be wrong ends in an {@link InvalidCallbackException}, never a JSON library's exception.
 *
 * <p>Music and lyrics callbacks carry {@code data.callbackType}; every derived task (WAV, stems, MIDI, video, cover
 * image) has its own shape, told apart by its keys ({@link DerivedMapper#callbackKindOf}), so an app hands every
 * callback to the same {@link #parse} and gets a typed event without saying what it expects. The same signature
 * check covers all of them.
 */
final class RecordInfoCallbacks implements CallbackPort {
  private final ProviderId provider;
  private final RecordInfoMapper mapper;
  private final JsonAdapter<CallbackBody> adapter;
  private final JsonAdapter<Object> tree;
  private final JsonAdapter<DerivedCallback> derivedAdapter;
  private final DerivedMapper derived;
  private final Clock clock;
  private final Optional<CallbackVerifier> verifier;

  RecordInfoCallbacks(ProviderId provider, RecordInfoMapper mapper, DerivedMapper derived, Moshi moshi,
      Optional<CallbackVerifier> verifier, Clock clock) {
    this.provider = provider;
    this.mapper = mapper;
    this.adapter = moshi.adapter(CallbackBody.class);
    this.tree = moshi.adapter(Object.class);
    this.derivedAdapter = moshi.adapter(DerivedCallback.class);
    this.derived = derived;
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public CallbackEvent parse(byte[] body, Map<String, List<String>> headers) {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(headers, "headers == null");
    Object json = JsonBodies.read(body, tree, (problem, cause) -> invalid(Reason.MALFORMED_BODY, problem, cause));
    if (!(json instanceof Map<?, ?> map)) {
      throw invalid(Reason.MALFORMED_BODY, "the body is not the JSON expected: not an object", null);
    }
    if (map.get("data") instanceof Map<?, ?> data && (data.containsKey("resultJson") || data.containsKey("param"))) {
      // kie.ai's Market tasks call back with their recordInfo record (resultJson, param): not this API's callback.
      throw invalid(Reason.UNKNOWN_SHAPE, "a Market task record (data.resultJson / data.param), not a callback of "
          + "this API; parse it with the kie-market client", null);
    }
    Optional<DerivedKind> kind = isMusicOrLyrics(map) ? Optional.empty() : DerivedMapper.callbackKindOf(map);
    if (kind.isPresent()) {
      return parseDerived(kind.get(), map, headers);
    }
    CallbackBody callback = fromTree(adapter, map);
    String taskId = RecordInfoMapper.callbackTaskId(callback)
        .orElseThrow(() -> invalid(Reason.UNKNOWN_SHAPE, "no data.task_id or data.taskId", null));
    if (RecordInfoMapper.callbackStageOf(callback).isEmpty()) {
      throw invalid(Reason.UNKNOWN_SHAPE, callback.code() == null ? "no code"
          : "unknown callbackType '" + JsonBodies.shorten(String.valueOf(callback.data().callbackType())) + "'", null);
    }
    verifier.ifPresent(v -> v.verify(taskId, caseInsensitive(headers)));
    try {
      return mapper.callbackEventFrom(new TaskId(provider, taskId), callback);
    } catch (InvalidRequestException | IllegalArgumentException | NullPointerException e) {
      // The domain model refuses a value (a blank track id, a task id with white space): the body is malformed.
      throw invalid(Reason.MALFORMED_BODY, "values that make no sense: " + JsonBodies.shorten(e.getMessage()), e);
    }
  }

  private CallbackEvent parseDerived(DerivedKind kind, Map<?, ?> map, Map<String, List<String>> headers) {
    DerivedCallback callback = fromTree(derivedAdapter, map);
    String taskId = DerivedMapper.callbackTaskId(callback).orElseThrow(() -> invalid(Reason.UNKNOWN_SHAPE,
        "a " + kind + " callback without task_id, data.task_id or data.taskId", null));
    if (callback.code() == null) {
      throw invalid(Reason.UNKNOWN_SHAPE, "a " + kind + " callback without code", null);
    }
    verifier.ifPresent(v -> v.verify(taskId, caseInsensitive(headers)));
    ProviderTimestamp receivedAt = ProviderTimestamp.ofEpochMillis(clock.millis());
    try {
      return derived.callbackEventFrom(new TaskId(provider, taskId), kind, callback, receivedAt);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(Reason.MALFORMED_BODY, "values that make no sense: " + JsonBodies.shorten(e.getMessage()), e);
    }
  }

  /** Music and lyrics callbacks say their stage in {@code data.callbackType}; no derived callback has it. */
  private static boolean isMusicOrLyrics(Map<?, ?> map) {
    return map.get("data") instanceof Map<?, ?> data && data.containsKey("callbackType");
  }

  /** Reads the parsed tree as {@code type}; a value of the wrong JSON type is a malformed body. */
  private <T> T fromTree(JsonAdapter<T> typed, Map<?, ?> map) {
    try {
      return typed.fromJsonValue(map);
    } catch (RuntimeException e) {
      // Moshi reports a wrong value type as JsonDataException, a runtime exception.
      throw invalid(Reason.MALFORMED_BODY, "a value of the wrong type: " + JsonBodies.shorten(e.getMessage()), e);
    }
  }

  /** Header names are case-insensitive (RFC 9110); JDK servers also hand over a null key for the status line. */
  static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      if (name != null && values != null) {
        List<String> merged = out.computeIfAbsent(name, k -> new ArrayList<>());
        values.stream().filter(Objects::nonNull).forEach(merged::add);
      }
    });
    return out;
  }

  private InvalidCallbackException invalid(Reason reason, String detail, Throwable cause) {
    return new InvalidCallbackException(reason, detail, ErrorDetails.of(provider), cause);
  }
}
