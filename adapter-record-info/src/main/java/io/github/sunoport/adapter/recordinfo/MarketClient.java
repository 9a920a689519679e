package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.MarketApi;
import io.github.sunoport.adapter.recordinfo.internal.MarketDerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketModel;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.CreateTask;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Created;
import io.github.sunoport.adapter.recordinfo.internal.MarketEnvelope;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.MarketInputs;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TimestampedSubmit;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.Operations;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.RequestRules;
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
import java.util.Map;
import java.util.Optional;

/**
 * A client of kie.ai's Market API, created by {@link RecordInfoProviderFactory} for a {@link MarketDialect}. It offers
 * the same operations as {@link RecordInfoClient}, checked by the same rules ({@link MusicRules},
 * {@link RecordInfoAudio}, {@link RecordInfoDerived}) and mapped to the same domain values. Every submit is one
 * {@code createTask} whose outer {@code model} is the operation's {@link MarketModel} id and whose {@code input} is the
 * legacy body renamed by {@link MarketInputs} (the Suno version in {@code input.model}); every fetch is one
 * {@code recordInfo}, mapped per operation by {@link MarketMapper} or {@link MarketDerivedMapper}. Uploads and
 * download links are kie's common file APIs, the legacy route's ({@link RecordInfoFiles}). A new operation of an
 * existing family is a {@link MarketModel} constant and, where its shape is new, the reading of its
 * {@code resultJson} (CONTRIBUTING.md). Thread-safe.
 */
final class MarketClient extends FamilyClient {
  /** What every Market client offers. */
  static final Operations<MarketClient> OPERATIONS = base().build();
  /** With music from audio and uploads: kie.ai's Market models and its common file APIs; and its download links. */
  private static final Operations<MarketClient> WITH_AUDIO =
      base().include(RecordInfoAudio.operations(c -> c.audio, false)).build();
  private static final Operations<MarketClient> WITH_LINKS =
      base().include(RecordInfoAudio.operations(c -> c.audio, true)).build();

  private static Operations.Builder<MarketClient> base() {
    return Operations.<MarketClient>builder()
        .lyrics(MarketClient::submitLyrics, MarketClient::fetchLyrics)
        .music(MarketClient::submitMusic, MarketClient::fetchMusic)
        .extend(MarketClient::extend)
        .timestampedLyrics(MarketClient::timestampedLyrics)
        .credits(MarketClient::credits)
        .callbacks(c -> c.callbacks)
        .include(RecordInfoDerived.operations(c -> c.derived));
  }

  /** The operations a client of {@code dialect} offers, which are its capabilities and its factory's. */
  static Operations<MarketClient> operations(MarketDialect dialect) {
    return dialect.audio().map(a -> a.downloadLinkLifetime() == null ? WITH_AUDIO : WITH_LINKS).orElse(OPERATIONS);
  }

  private final MarketDialect dialect;
  private final ProviderSettings settings;
  private final MarketApi api;
  private final MarketMapper mapper;
  /** Maps requests to the legacy bodies that {@link MarketInputs} renames, and reads the aligned words. */
  private final RecordInfoMapper legacy;
  private final RequestRules rules;
  private final Map<SunoModel, String> models;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<TaskId, LyricsTask> lyricsTask;
  private final AnswerMapper<TaskId, MusicTask> musicTask;
  private final AnswerMapper<Object, TimestampedLyrics> timestamped;
  private final AnswerMapper<Object, Credits> balance;
  private final CallbackPort callbacks;
  private final MarketInputs inputs;
  private final RecordInfoDerived derived;
  /** Music from audio; null when the provider offers no upload host. */
  private final RecordInfoAudio audio;

  private MarketClient(MarketDialect dialect, ProviderSettings settings, Moshi moshi, HttpTransport transport,
      HttpTransport uploadHost) {
    super(dialect, moshi, transport, uploadHost, operations(dialect));
    this.dialect = dialect;
    this.settings = settings;
    this.api = transport.service(MarketApi.class);
    RequestEchoes echoes = new RequestEchoes(moshi);
    this.mapper = new MarketMapper(echoes, moshi, dialect.resultLinkLifetime());
    this.legacy = new RecordInfoMapper(echoes);
    this.rules = new RequestRules(dialect.id());
    this.models = wireModels(dialect);
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    JsonAdapter<MarketEnvelope<Created>> createdEnvelope = Envelopes.market(moshi, Created.class);
    JsonAdapter<MarketEnvelope<TaskRecord>> recordEnvelope = Envelopes.market(moshi, TaskRecord.class);
    this.created = answers.of(createdEnvelope, (none, e) ->
        Envelopes.createdTask(dialect.id(), Envelopes.data(e).taskId()));
    this.lyricsTask = answers.of(recordEnvelope, (id, e) -> mapper.lyricsTaskFrom(id, Envelopes.data(e)));
    this.musicTask = answers.of(recordEnvelope, (id, e) -> mapper.musicTaskFrom(id, Envelopes.data(e)));
    this.timestamped = answers.of(createdEnvelope, (none, e) -> mapper.timestampedLyricsFrom(Envelopes.data(e), legacy));
    this.balance = answers.of(Envelopes.market(moshi, Object.class),
        (none, e) -> Credits.of(Answers.required(Values.decimal(Envelopes.data(e)).orElse(null), "a numeric data")));
    this.inputs = new MarketInputs(moshi);
    MarketDerivedMapper derivedMapper = new MarketDerivedMapper(dialect.id(), dialect::linkLifetime, mapper, moshi);
    this.derived = MarketDerived.open(dialect, settings, moshi, api, inputs, () -> transport().exchange(),
        derivedMapper, created);
    this.callbacks = new MarketCallbacks(dialect.id(), mapper, derivedMapper, moshi,
        dialect.callbackVerifier(settings));
    // The same checks and mapping as the legacy route; only the create call differs.
    this.audio = uploadHost == null ? null : new RecordInfoAudio(dialect, settings, rules, false,
        (operation, body) -> create(inputs.task(MarketModel.of(operation), body)));
  }

  /** Opens a client whose read retries wait with {@code sleeper}. */
  static MarketClient open(MarketDialect dialect, ProviderSettings settings, Sleeper sleeper) {
    return RecordInfoFiles.open(dialect, settings, sleeper,
        (moshi, api, uploadHost) -> new MarketClient(dialect, settings, moshi, api, uploadHost));
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
  private URI callbackUrl(Optional<URI> fromRequest) {
    return rules.callbackUrl(fromRequest, settings, false);
  }

  private TaskId create(CreateTask body) {
    return transport().exchange().write(api.createTask(body), created, null);
  }

  TaskId submitLyrics(LyricsRequest request) {
    rules.maxLength(Optional.of(request.prompt()), "prompt", dialect.lyricsPromptLimit(), "for lyrics");
    return create(inputs.task(MarketModel.LYRICS, legacy.toWire(request, callbackUrl(request.callbackUrl()))));
  }

  LyricsTask fetchLyrics(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.recordInfo(value), lyricsTask, id);
  }

  /**
   * Generate with the fields of the V6 family as third parties read kie's Market schema (October 2026):
   * {@code lyrics} and {@code variety} 0–4 with the V6 family, {@code duration} 10–360 s with V5_5 and the V6 family
   * in custom mode only, {@code persona_id} and {@code persona_model}, each checked for the model before sending.
   */
  TaskId submitMusic(MusicRequest request) {
    String wireModel = wireModel(request.model());
    MusicRules.generate(rules, dialect, request);
    if (request.duration().isPresent() && !request.customMode()) {
      throw rules.invalid("duration", provider() + " takes a duration in custom mode only (MusicRequest.custom)");
    }
    return create(inputs.task(MarketModel.GENERATE,
        legacy.toWire(request, wireModel, callbackUrl(request.callbackUrl()))));
  }

  TaskId extend(ExtendRequest request) {
    String parent = rules.owned(request.parentTrack(), "parentTrack");
    SunoModel model = request.model().orElseThrow(() -> rules.invalid("model",
        provider() + " needs the source track's model to extend it"));
    String wireModel = wireModel(model);
    MusicRules.extend(rules, dialect, request, model);
    return create(inputs.task(MarketModel.EXTEND,
        legacy.toWire(request, parent, wireModel, callbackUrl(request.callbackUrl()))));
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
  TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
    CreateTask body = inputs.task(MarketModel.TIMESTAMPED_LYRICS,
        new TimestampedSubmit(rules.owned(task), rules.owned(track, "track")));
    return transport().exchange().read(() -> api.createTask(body), timestamped, null);
  }

  Credits credits() {
    return transport().exchange().read(() -> api.credits(dialect.creditsPath()), balance, null);
  }
}
