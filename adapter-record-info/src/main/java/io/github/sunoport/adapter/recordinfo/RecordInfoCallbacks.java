package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.CallbackBody;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import okio.Buffer;

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
          : "unknown callbackType '" + cut(String.valueOf(callback.data().callbackType())) + "'", null);
    }
    verifier.ifPresent(v -> v.verify(taskId, caseInsensitive(headers)));
    try {
      return mapper.callbackEventFrom(new TaskId(provider, taskId), callback);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(Reason.MALFORMED_BODY, "values that make no sense: " + cut(e.getMessage()), e);
    }
  }

  private CallbackBody read(byte[] body) {
    if (body.length == 0) {
      throw invalid(Reason.MALFORMED_BODY, "the body is empty", null);
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().write(body));
      CallbackBody value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw invalid(Reason.MALFORMED_BODY, "more than one JSON value", null);
      }
      if (value == null) {
        throw invalid(Reason.MALFORMED_BODY, "the body is JSON null", null);
      }
      return value;
    } catch (JsonDataException | JsonEncodingException e) {
      throw invalid(Reason.MALFORMED_BODY, "not the JSON expected: " + cut(e.getMessage()), e);
    } catch (IOException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      // Moshi reports truncated input as EOFException, and some malformed numbers as runtime exceptions.
      throw invalid(Reason.MALFORMED_BODY, "not readable as JSON: " + cut(String.valueOf(e)), e);
    }
  }

  /** Header names are case-insensitive (RFC 9110); JDK servers also hand over a null key for the status line. */
  private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
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

  /** Moshi's messages name the JSON path, which for 1,000-deep nesting is thousands of characters. */
  private static String cut(String message) {
    return message == null || message.length() <= 200 ? String.valueOf(message) : message.substring(0, 200) + "...";
  }
}
