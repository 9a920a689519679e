package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleSubmit;
import io.github.sunoport.adapter.recordinfo.internal.MarketApi;
import io.github.sunoport.adapter.recordinfo.internal.MarketDerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketEnvelope;
import io.github.sunoport.adapter.recordinfo.internal.MarketInputs;
import io.github.sunoport.adapter.recordinfo.internal.MarketModel;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.Exchange;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The derived operations on kie.ai's Market API: the legacy checks and bodies of {@link RecordInfoDerived}, created
 * under each kind's {@link MarketModel} with the input renamed, read from {@code recordInfo} by
 * {@link MarketDerivedMapper}. Persona and style boost answer in the create call's {@code data} with the legacy
 * shapes, as kie's timestamped-lyrics page shows for its synchronous model; that is this library's reading, not a
 * documented answer. A second cover image for the same music task is not turned into the first one's id as on the
 * legacy route: Market documents no such answer, so whatever comes is reported as the error table reads it.
 */
final class MarketDerived implements RecordInfoDerived.Route {
  private final MarketApi api;
  private final MarketInputs inputs;

  private MarketDerived(MarketApi api, MarketInputs inputs) {
    this.api = api;
    this.inputs = inputs;
  }

  /** The derived operations of a Market client; {@code created} reads a create call's task id. */
  static RecordInfoDerived open(MarketDialect dialect, ProviderSettings settings, Moshi moshi, MarketApi api,
      MarketInputs inputs, Supplier<Exchange> exchange, MarketDerivedMapper mapper,
      AnswerMapper<Object, TaskId> created) {
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    JsonAdapter<MarketEnvelope<TaskRecord>> records = Envelopes.market(moshi, TaskRecord.class);
    RecordInfoDerived.Readers readers = new RecordInfoDerived.Readers(created, created,
        answers.of(records, (id, e) -> mapper.wavTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.stemsTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.midiTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.videoTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.coverTaskFrom(id, Envelopes.data(e))),
        answers.of(Envelopes.market(moshi, PersonaAnswer.class),
            (request, e) -> mapper.legacy().personaFrom(Envelopes.data(e), request)),
        answers.of(Envelopes.market(moshi, StyleAnswer.class),
            (none, e) -> mapper.legacy().boostedStyleFrom(Envelopes.data(e))));
    return new RecordInfoDerived(dialect, settings, exchange, mapper.legacy(), false, new MarketDerived(api, inputs),
        readers);
  }

  @Override
  public Call<ResponseBody> create(DerivedKind kind, Object body) {
    return api.createTask(inputs.task(MarketModel.of(kind), body));
  }

  @Override
  public Call<ResponseBody> record(DerivedKind kind, String taskId) {
    return api.recordInfo(taskId);
  }

  @Override
  public Call<ResponseBody> persona(PersonaSubmit body) {
    return api.createTask(inputs.task(MarketModel.PERSONA, body));
  }

  @Override
  public Call<ResponseBody> style(StyleSubmit body) {
    return api.createTask(inputs.task(MarketModel.STYLE_BOOST, body));
  }
}
