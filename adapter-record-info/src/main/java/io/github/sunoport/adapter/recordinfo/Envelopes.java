package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.internal.Envelope;
import io.github.sunoport.adapter.recordinfo.internal.MarketEnvelope;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;

/** Readers of the family's two envelopes: the legacy {@code {code, msg, data}} and the Market one. */
final class Envelopes {
  private Envelopes() {}

  /** The legacy envelope around {@code data}. */
  static <D> JsonAdapter<Envelope<D>> legacy(Moshi moshi, Class<D> data) {
    return moshi.adapter(Types.newParameterizedType(Envelope.class, data));
  }

  /** The Market envelope around {@code data}. */
  static <D> JsonAdapter<MarketEnvelope<D>> market(Moshi moshi, Class<D> data) {
    return moshi.adapter(Types.newParameterizedType(MarketEnvelope.class, data));
  }

  /** The legacy envelope's {@code data}, which must be present. */
  static <D> D data(Envelope<D> envelope) {
    return Answers.required(envelope.data(), "data");
  }

  /** The task a create call answered with: {@code data.taskId}, which must be present and not blank. */
  static TaskId createdTask(ProviderId provider, String taskId) {
    return new TaskId(provider, Answers.required(Answers.text(taskId).orElse(null), "data.taskId"));
  }

  /** The Market envelope's {@code data}, which must be present. */
  static <D> D data(MarketEnvelope<D> envelope) {
    return Answers.required(envelope.data(), "data");
  }
}
