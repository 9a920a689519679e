package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.MarketDerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketModel;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Callback;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses callbacks of Market tasks. kie.ai documents no callback body for its Market Suno models; this reads the
 * shape the mock server sends, designed from the poll: {@code {code, msg, data}} with {@code data} the task record
 * ({@code taskId}, {@code model}, {@code state}, {@code resultJson}, {@code failCode}, {@code failMsg}). The
 * {@code model} tells music, lyrics and each derived kind apart, so derived results arrive typed
 * ({@link CallbackEvent#derived(Class)}). Any other shape is an {@link InvalidCallbackException}; the signature is
 * checked as on the legacy route.
 */
final class MarketCallbacks implements CallbackPort {
  private final ProviderId provider;
  private final MarketMapper mapper;
  private final MarketDerivedMapper derived;
  private final JsonAdapter<Callback> adapter;
  private final Optional<CallbackVerifier> verifier;

  MarketCallbacks(ProviderId provider, MarketMapper mapper, MarketDerivedMapper derived, Moshi moshi,
      Optional<CallbackVerifier> verifier) {
    this.provider = provider;
    this.mapper = mapper;
    this.derived = derived;
    this.adapter = moshi.adapter(Callback.class);
    this.verifier = verifier;
  }

  @Override
  public CallbackEvent parse(byte[] body, Map<String, List<String>> headers) {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(headers, "headers == null");
    Callback callback = JsonBodies.read(body, adapter,
        (problem, cause) -> invalid(Reason.MALFORMED_BODY, problem, cause));
    TaskRecord record = callback.data();
    if (callback.code() == null || record == null || record.taskId() == null || record.taskId().isBlank()) {
      throw invalid(Reason.UNKNOWN_SHAPE, "not a Market callback: no code, data or data.taskId", null);
    }
    TaskState state = MarketMapper.stateOf(record.state());
    if (state != TaskState.SUCCEEDED && state != TaskState.FAILED) {
      throw invalid(Reason.UNKNOWN_SHAPE, "data.state '" + JsonBodies.shorten(String.valueOf(record.state()))
          + "' is not success or fail", null);
    }
    Optional<MarketModel> model = MarketModel.of(record.model())
        .filter(m -> m.music().isPresent() || m.derived().isPresent() || m == MarketModel.LYRICS);
    if (model.isEmpty()) {
      throw invalid(Reason.UNKNOWN_SHAPE, "data.model '" + JsonBodies.shorten(String.valueOf(record.model()))
          + "' is not an operation this library sends as a task", null);
    }
    verifier.ifPresent(v -> v.verify(record.taskId(), RecordInfoCallbacks.caseInsensitive(headers)));
    try {
      TaskId task = new TaskId(provider, record.taskId());
      String message = Optional.ofNullable(callback.msg()).orElse("");
      Optional<DerivedKind> kind = model.get().derived();
      return kind.isPresent() ? derived.callbackEventFrom(task, callback.code(), message, record, kind.get())
          : mapper.callbackEventFrom(task, callback.code(), message, record);
    } catch (RuntimeException e) {
      // A missing resultJson part, garbage in it or a value the domain refuses: the body is malformed.
      throw invalid(Reason.MALFORMED_BODY, "values that make no sense: " + JsonBodies.shorten(e.getMessage()), e);
    }
  }

  private InvalidCallbackException invalid(Reason reason, String detail, Throwable cause) {
    return new InvalidCallbackException(reason, detail, ErrorDetails.of(provider), cause);
  }
}
