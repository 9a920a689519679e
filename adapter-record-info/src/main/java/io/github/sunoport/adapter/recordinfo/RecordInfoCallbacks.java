package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
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
import io.github.sunoport.core.model.TaskId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Parses the family's callbacks: JSON → shape check → signature (when the dialect has a verifier) → domain event.
 * Every way a body can be wrong ends in an {@link InvalidCallbackException}, never a JSON library's exception.
 */
final class RecordInfoCallbacks implements CallbackPort {
  private final ProviderId provider;
  private final RecordInfoMapper mapper;
  private final JsonAdapter<CallbackBody> adapter;
  private final Optional<CallbackVerifier> verifier;

  RecordInfoCallbacks(ProviderId provider, RecordInfoMapper mapper, Moshi moshi, Optional<CallbackVerifier> verifier) {
    this.provider = provider;
    this.mapper = mapper;
    this.adapter = moshi.adapter(CallbackBody.class);
    this.verifier = verifier;
  }

  @Override
  public CallbackEvent parse(byte[] body, Map<String, List<String>> headers) {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(headers, "headers == null");
    CallbackBody callback = read(body);
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

  private CallbackBody read(byte[] body) {
    return JsonBodies.read(body, adapter, (problem, cause) -> invalid(Reason.MALFORMED_BODY, problem, cause));
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
