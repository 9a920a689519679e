package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.internal.MarketApi;
import io.github.sunoport.adapter.recordinfo.internal.MarketMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketModel;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.CreateTask;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Created;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.LyricsInput;
import io.github.sunoport.adapter.recordinfo.internal.MarketEnvelope;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TimestampedInput;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.Operations;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.adapter.support.TolerantText;
import io.github.sunoport.adapter.support.TransportClient;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client of kie.ai's Market API, created by {@link RecordInfoProviderFactory} for a {@link MarketDialect}. It offers
 * the same operations as {@link RecordInfoClient}, checked by the same dialect limits, and maps to the same domain
 * values. Every submit is one {@code createTask} whose outer {@code model} is the operation's {@link MarketModel} id
 * and whose {@code input.model} is the Suno version; every fetch is one {@code recordInfo}, mapped per operation by
 * {@link MarketMapper}. A new operation is a {@link MarketModel} constant, an input record, a mapping of its
 * {@code resultJson}, a method here and one line in {@link #OPERATIONS}. Thread-safe.
 */
final class MarketClient extends TransportClient {
  /** What the Market route offers; the capabilities follow from it. */
  static final Operations<MarketClient> OPERATIONS = Operations.<MarketClient>builder()
      .lyrics(MarketClient::submitLyrics, MarketClient::fetchLyrics)
      .music(MarketClient::submitMusic, MarketClient::fetchMusic)
      .extend(MarketClient::extend)
      .timestampedLyrics(MarketClient::timestampedLyrics)
      .credits(MarketClient::credits)
      .callbacks(c -> c.callbacks)
      .build();

  private final MarketDialect dialect;
  private final ProviderSettings settings;
  private final MarketApi api;
  private final MarketMapper mapper;
  private final RequestRules rules;
  private final Map<SunoModel, String> models;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<TaskId, LyricsTask> lyricsTask;
  private final AnswerMapper<TaskId, MusicTask> musicTask;
  private final AnswerMapper<Object, TimestampedLyrics> timestamped;
  private final AnswerMapper<Object, Credits> balance;
  private final CallbackPort callbacks;

  private MarketClient(MarketDialect dialect, ProviderSettings settings, Moshi moshi, HttpTransport transport) {
    super(transport, OPERATIONS);
    this.dialect = dialect;
    this.settings = settings;
    this.api = transport.service(MarketApi.class);
    RequestEchoes echoes = new RequestEchoes(moshi);
    this.mapper = new MarketMapper(echoes, moshi, dialect.resultLinkLifetime());
    RecordInfoMapper legacy = new RecordInfoMapper(echoes);
    this.rules = new RequestRules(dialect.id());
    this.models = wireModels(dialect);
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    JsonAdapter<MarketEnvelope<Created>> createdEnvelope = envelope(moshi, Created.class);
    JsonAdapter<MarketEnvelope<TaskRecord>> recordEnvelope = envelope(moshi, TaskRecord.class);
    this.created = answers.of(createdEnvelope, (none, e) ->
        new TaskId(dialect.id(), Answers.required(Answers.text(data(e).taskId()).orElse(null), "data.taskId")));
    this.lyricsTask = answers.of(recordEnvelope, (id, e) -> mapper.lyricsTaskFrom(id, data(e)));
    this.musicTask = answers.of(recordEnvelope, (id, e) -> mapper.musicTaskFrom(id, data(e)));
    this.timestamped = answers.of(createdEnvelope, (none, e) -> mapper.timestampedLyricsFrom(data(e), legacy));
    this.balance = answers.of(envelope(moshi, Object.class),
        (none, e) -> Credits.of(Answers.required(Values.decimal(data(e)).orElse(null), "a numeric data")));
    this.callbacks = new MarketCallbacks(dialect.id(), mapper, moshi, dialect.callbackVerifier(settings));
  }

  /** Opens a client whose read retries wait with {@code sleeper}. */
  static MarketClient open(MarketDialect dialect, ProviderSettings settings, Sleeper sleeper) {
    Moshi moshi = new Moshi.Builder().add(java.math.BigDecimal.class, WireRecords.DECIMALS)
        .add(TolerantText.ADAPTER).build();
    return new MarketClient(dialect, settings, moshi,
        HttpTransport.open(dialect.id(), settings, dialect.defaultBaseUrl(), moshi, sleeper));
  }

  private static <D> JsonAdapter<MarketEnvelope<D>> envelope(Moshi moshi, Class<D> data) {
    return moshi.adapter(Types.newParameterizedType(MarketEnvelope.class, data));
  }

  private static <D> D data(MarketEnvelope<D> envelope) {
    return Answers.required(envelope.data(), "data");
  }

  /** Market spells the versions as the legacy route does (V4_5PLUS); the V6 family as written (V6_MINI). */
  private static Map<SunoModel, String> wireModels(MarketDialect dialect) {
    Map<SunoModel, String> names = new LinkedHashMap<>();
    for (SunoModel model : dialect.models()) {
      names.put(model, model.name().replace("_PLUS", "PLUS").replace("_ALL", "ALL"));
    }
    return Collections.unmodifiableMap(names);
  }

  /**
   * The Suno version's wire name. A version this library knows must be one the dialect offers. The dialect may offer
   * versions by a name this library does not know yet (the V6 family); those are matched in any spelling
   * ({@code v6-mini}, {@code V6.MINI}) so that {@code input.model} always gets the Market's name.
   */
  private String wireModel(SunoModel model) {
    String key = spelling(model.name());
    for (Map.Entry<SunoModel, String> offered : models.entrySet()) {
      if (spelling(offered.getKey().name()).equals(key)) {
        return offered.getValue();
      }
    }
    return rules.wireModel(model, models);
  }

  private static String spelling(String name) {
    return name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace('.', '_').replace(' ', '_');
  }

  /** The callback URL is optional on Market (https://docs.kie.ai/market/common/get-task-detail); sent when set. */
  private String callbackUrl(Optional<URI> fromRequest) {
    return fromRequest.or(settings::defaultCallbackUrl).map(URI::toString).orElse(null);
  }

  private TaskId create(MarketModel model, Optional<URI> callbackUrl, Object input) {
    CreateTask body = new CreateTask(model.id(), callbackUrl(callbackUrl), input);
    return transport().exchange().write(api.createTask(body), created, null);
  }

  TaskId submitLyrics(LyricsRequest request) {
    rules.maxLength(Optional.of(request.prompt()), "prompt", dialect.lyricsPromptLimit(), "for lyrics");
    return create(MarketModel.LYRICS, request.callbackUrl(), new LyricsInput(request.prompt()));
  }

  LyricsTask fetchLyrics(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.recordInfo(value), lyricsTask, id);
  }

  TaskId submitMusic(MusicRequest request) {
    SunoModel model = request.model();
    String wireModel = wireModel(model);
    // Fields this client does not send on Market yet: refused rather than silently dropped.
    notSent(request.lyrics().isPresent(), "lyrics");
    notSent(request.variety().isPresent(), "variety");
    notSent(request.duration().isPresent(), "duration");
    notSent(request.personaModel().isPresent(), "personaModel");
    if (request.customMode()) {
      rules.maxLength(request.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
      rules.maxLength(request.style(), "style", dialect.styleLimit(model), "for " + model);
      rules.maxLength(request.title(), "title", dialect.titleLimit(model), "for " + model);
    } else {
      rules.maxLength(request.prompt(), "prompt", dialect.descriptionLimit(), "as a description");
    }
    return create(MarketModel.GENERATE, request.callbackUrl(), mapper.toInput(request, wireModel));
  }

  TaskId extend(ExtendRequest request) {
    String parent = rules.owned(request.parentTrack(), "parentTrack");
    SunoModel model = request.model().orElseThrow(() -> rules.invalid("model",
        provider() + " needs the source track's model to extend it"));
    String wireModel = wireModel(model);
    notSent(request.instrumental(), "instrumental");
    notSent(!request.tuning().isEmpty(), "tuning");
    rules.maxLength(request.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
    rules.maxLength(request.style(), "style", dialect.styleLimit(model), "for " + model);
    rules.maxLength(request.title(), "title", dialect.titleLimit(model), "for " + model);
    return create(MarketModel.EXTEND, request.callbackUrl(), mapper.toInput(request, parent, wireModel));
  }

  MusicTask fetchMusic(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.recordInfo(value), musicTask, id);
  }

  /**
   * kie's timestamped-lyrics page posts to {@code createTask} and shows the words in the answer itself, as the
   * legacy call did; a read, so it is retried like one. An answer holding only a task id is a protocol error naming
   * {@code data.alignedWords}.
   */
  private void notSent(boolean present, String field) {
    if (present) {
      throw rules.invalid(field, provider() + " does not send this field on kie.ai's Market API yet; leave it unset "
          + "or use the legacy route");
    }
  }

  TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
    CreateTask body = new CreateTask(MarketModel.TIMESTAMPED_LYRICS.id(), null,
        new TimestampedInput(rules.owned(task), rules.owned(track, "track")));
    return transport().exchange().read(() -> api.createTask(body), timestamped, null);
  }

  Credits credits() {
    return transport().exchange().read(() -> api.credits(dialect.creditsPath()), balance, null);
  }
}
