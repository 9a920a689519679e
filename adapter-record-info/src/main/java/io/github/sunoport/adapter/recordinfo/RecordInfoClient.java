package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.AudioApi;
import io.github.sunoport.adapter.recordinfo.internal.DerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoApi;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.MusicRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TaskCreated;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.Timestamped;
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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A client of a record-info family provider, created by {@link RecordInfoProviderFactory} with the provider's
 * dialect. Lyrics, music, extend, timestamped lyrics and credits are methods here, mapped by {@link RecordInfoMapper};
 * music from audio and files are {@link RecordInfoAudio} and {@link RecordInfoFiles}, derived outputs
 * {@link RecordInfoDerived}; all are declared in {@link #OPERATIONS}, and every answer goes through the one seam
 * ({@link Answers}). Thread-safe.
 */
final class RecordInfoClient extends FamilyClient {
  /** What every provider of the family offers; the capabilities follow from it. */
  static final Operations<RecordInfoClient> OPERATIONS = base().build();
  /** Base operations plus music from audio and uploads; and kie.ai's download links. */
  private static final Operations<RecordInfoClient> WITH_AUDIO =
      base().include(RecordInfoAudio.operations(c -> c.audio, false)).build();
  private static final Operations<RecordInfoClient> WITH_LINKS =
      base().include(RecordInfoAudio.operations(c -> c.audio, true)).build();

  /** The operations a client of {@code dialect} offers, which are its capabilities and its factory's. */
  static Operations<RecordInfoClient> operations(RecordInfoDialect dialect) {
    return dialect.audio().map(a -> a.downloadLinkLifetime() == null ? WITH_AUDIO : WITH_LINKS).orElse(OPERATIONS);
  }

  private static Operations.Builder<RecordInfoClient> base() {
    return Operations.<RecordInfoClient>builder()
      .lyrics(RecordInfoClient::submitLyrics, RecordInfoClient::fetchLyrics)
      .music(RecordInfoClient::submitMusic, RecordInfoClient::fetchMusic)
      .extend(RecordInfoClient::extend)
      .timestampedLyrics(RecordInfoClient::timestampedLyrics)
      .credits(RecordInfoClient::credits)
      .callbacks(c -> c.callbacks)
      .include(RecordInfoDerived.operations(c -> c.derived));
  }

  private final RecordInfoDialect dialect;
  private final ProviderSettings settings;
  private final RecordInfoApi api;
  private final RecordInfoMapper mapper;
  private final RequestRules rules;
  private final Map<SunoModel, String> models;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<TaskId, LyricsTask> lyricsTask;
  private final AnswerMapper<TaskId, MusicTask> musicTask;
  private final AnswerMapper<Object, TimestampedLyrics> timestamped;
  private final AnswerMapper<Object, Credits> balance;
  private final CallbackPort callbacks;
  /** Music from audio; null when the provider offers no upload host. */
  private final RecordInfoAudio audio;
  private final RecordInfoDerived derived;

  private RecordInfoClient(RecordInfoDialect dialect, ProviderSettings settings, Moshi moshi, HttpTransport transport,
      HttpTransport uploadHost) {
    super(dialect, moshi, transport, uploadHost, operations(dialect));
    this.dialect = dialect;
    this.settings = settings;
    this.api = transport.service(RecordInfoApi.class);
    this.mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    this.rules = new RequestRules(dialect.id());
    this.models = wireModels(dialect);
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    this.created = answers.of(Envelopes.legacy(moshi, TaskCreated.class), (none, e) ->
        Envelopes.createdTask(dialect.id(), Envelopes.data(e).taskId()));
    this.lyricsTask = answers.of(Envelopes.legacy(moshi, LyricsRecord.class),
        (id, e) -> mapper.lyricsTaskFrom(id, Envelopes.data(e)));
    this.musicTask = answers.of(Envelopes.legacy(moshi, MusicRecord.class),
        (id, e) -> mapper.musicTaskFrom(id, Envelopes.data(e)));
    this.timestamped = answers.of(Envelopes.legacy(moshi, Timestamped.class),
        (none, e) -> mapper.timestampedLyricsFrom(Envelopes.data(e)));
    this.balance = answers.of(Envelopes.legacy(moshi, Object.class),
        (none, e) -> Credits.of(Answers.required(Values.decimal(Envelopes.data(e)).orElse(null), "a numeric data")));
    DerivedMapper derivedMapper = new DerivedMapper(dialect.id(), dialect::linkLifetime);
    this.derived = RecordInfoDerived.legacy(dialect, settings, moshi, api, () -> transport().exchange(),
        derivedMapper);
    this.callbacks = new RecordInfoCallbacks(dialect.id(), mapper, derivedMapper, moshi,
        dialect.callbackVerifier(settings), Clock.systemUTC());
    AudioApi audioApi = transport.service(AudioApi.class);
    this.audio = uploadHost == null ? null : new RecordInfoAudio(dialect, settings, rules, true, (operation, body) ->
        transport().exchange().write(audioApi.create(AudioApi.path(operation), body), created, null));
  }

  /** Opens a client whose read retries wait on the system clock. */
  static RecordInfoClient open(RecordInfoDialect dialect, ProviderSettings settings) {
    return open(dialect, settings, Sleeper.system());
  }

  /** Opens a client whose read retries wait with {@code sleeper}. */
  static RecordInfoClient open(RecordInfoDialect dialect, ProviderSettings settings, Sleeper sleeper) {
    return RecordInfoFiles.open(dialect, settings, sleeper,
        (moshi, api, uploadHost) -> new RecordInfoClient(dialect, settings, moshi, api, uploadHost));
  }

  TaskId submitLyrics(LyricsRequest request) {
    rules.maxLength(Optional.of(request.prompt()), "prompt", dialect.lyricsPromptLimit(), "for lyrics");
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return transport().exchange().write(api.submitLyrics(body), created, null);
  }

  LyricsTask fetchLyrics(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.lyricsRecord(value), lyricsTask, id);
  }

  TaskId submitMusic(MusicRequest request) {
    SunoModel model = request.model();
    String wireModel = rules.wireModel(model, models);
    MusicRules.generate(rules, dialect, request);
    var body = mapper.toWire(request, wireModel, rules.callbackUrl(request.callbackUrl(), settings));
    return transport().exchange().write(api.generate(body), created, null);
  }

  TaskId extend(ExtendRequest request) {
    String parent = rules.owned(request.parentTrack(), "parentTrack");
    SunoModel model = request.model().orElseThrow(() -> rules.invalid("model",
        provider() + " needs the source track's model to extend it"));
    String wireModel = rules.wireModel(model, models);
    MusicRules.extend(rules, dialect, request, model);
    var body = mapper.toWire(request, parent, wireModel, rules.callbackUrl(request.callbackUrl(), settings));
    return transport().exchange().write(api.extend(body), created, null);
  }

  MusicTask fetchMusic(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.musicRecord(value), musicTask, id);
  }

  TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
    var body = new TimestampedSubmit(rules.owned(task), rules.owned(track, "track"));
    return transport().exchange().read(() -> api.timestampedLyrics(body), timestamped, null);
  }

  Credits credits() {
    return transport().exchange().read(() -> api.credits(dialect.creditsPath()), balance, null);
  }
}
