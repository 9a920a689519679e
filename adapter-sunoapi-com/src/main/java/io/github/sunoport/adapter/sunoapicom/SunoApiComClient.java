package io.github.sunoport.adapter.sunoapicom;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComApi;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Create;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Created;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.CreditsBody;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Envelope;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LyricsData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicDataJson;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.WavData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.WavSubmit;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.DerivedOperations;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.Operations;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.adapter.support.TransportClient;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

/**
 * A sunoapi.com client: lyrics, music, extension, credits, webhooks and the synchronous WAV conversion; no
 * timestamped lyrics and no other derived output, so those are not declared in {@link #OPERATIONS} and are refused before
 * anything is sent. Thread-safe; one connection pool and
 * one Moshi per client.
 */
final class SunoApiComClient extends TransportClient {
  static final ProviderId ID = ProviderId.of("sunoapi-com");
  static final URI DEFAULT_BASE_URL = URI.create("https://api.sunoapi.com/");
  static final Operations<SunoApiComClient> OPERATIONS = Operations.<SunoApiComClient>builder()
      .lyrics(SunoApiComClient::submitLyrics, SunoApiComClient::fetchLyrics)
      .music(SunoApiComClient::submitMusic, SunoApiComClient::fetchMusic)
      .extend(SunoApiComClient::extend)
      .credits(SunoApiComClient::credits)
      .concat(SunoApiComClient::concat)
      .callbacks(c -> c.webhooks)
      .derived(DerivedOperations.<SunoApiComClient>builder()
          .synchronousWav(SunoApiComClient::convertToWavNow)
          .build())
      .build();

  /** The two documented routes to a music task; see {@link #fetchMusic}. */
  private enum Route { TASK, CLIP }

  private final SunoApiComApi api;
  private final SunoApiComMapper mapper;
  private final SunoApiComRules rules;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<TaskId, LyricsTask> lyricsTask;
  private final AnswerMapper<TaskId, MusicTask> musicTask;
  private final AnswerMapper<Object, Credits> balance;
  private final AnswerMapper<TrackId, WavFile> wav;
  private final ProviderSettings settings;
  private final CallbackPort webhooks;
  /** The route that last answered; the same base URL keeps serving the same one. */
  private volatile Route musicRoute = Route.TASK;

  private SunoApiComClient(Moshi moshi, HttpTransport transport, ProviderSettings settings) {
    super(transport, OPERATIONS);
    this.settings = settings;
    this.api = transport.service(SunoApiComApi.class);
    this.mapper = new SunoApiComMapper(new RequestEchoes(moshi));
    this.rules = new SunoApiComRules(new RequestRules(ID));
    Answers answers = new Answers(ID, SunoApiComErrors.TABLE);
    this.created = answers.of(moshi.adapter(Created.class), (none, body) -> taskIdFrom(body));
    JsonAdapter<Envelope<LyricsData>> lyrics = moshi.adapter(envelopeOf(LyricsData.class));
    this.lyricsTask = answers.of(lyrics,
        (id, e) -> mapper.lyricsTaskFrom(id, Answers.required(e.data(), "data"), e.message()));
    JsonAdapter<Envelope<MusicData>> music = moshi.adapter(envelopeOf(MusicData.class));
    this.musicTask = answers.of(music,
        (id, e) -> mapper.musicTaskFrom(id, Answers.required(e.data(), "data"), e.message()));
    this.balance = answers.of(moshi.adapter(CreditsBody.class), (none, body) -> creditsFrom(body));
    this.webhooks = new SunoApiComWebhooks(mapper, moshi, settings.webhookKey());
    JsonAdapter<Envelope<WavData>> wavs = moshi.adapter(envelopeOf(WavData.class));
    this.wav = answers.of(wavs, (track, e) -> wavFrom(track, Answers.required(e.data(), "data")));
  }

  /** Opens a client whose read retries wait with {@code sleeper}. */
  static SunoApiComClient open(ProviderSettings settings, Sleeper sleeper) {
    Moshi moshi = new Moshi.Builder().add(new MusicDataJson())
        .add(io.github.sunoport.adapter.support.TolerantText.ADAPTER).build();
    return new SunoApiComClient(moshi, HttpTransport.open(ID, settings, DEFAULT_BASE_URL, moshi, sleeper), settings);
  }

  /** Envelope is nested in SunoApiComWire, so Moshi needs its owner named. */
  private static Type envelopeOf(Type data) {
    return Types.newParameterizedTypeWithOwner(SunoApiComWire.class, Envelope.class, data);
  }

  /** Reads the new task's id from {@code data.task_id}, or from a top-level {@code task_id}. */
  private static TaskId taskIdFrom(Created body) {
    String nested = body.data() == null ? null : body.data().taskId();
    String id = Answers.text(nested).or(() -> Answers.text(body.taskId())).orElse(null);
    return new TaskId(ID, Answers.required(id, "data.task_id (or task_id)"));
  }

  /** Credits are a bare {@code {credits, extra_credits}}; the balance is their sum. */
  private static Credits creditsFrom(CreditsBody body) {
    BigDecimal main = Answers.required(Values.decimal(body.credits()).orElse(null), "a numeric credits");
    BigDecimal extra = body.extraCredits() == null ? BigDecimal.ZERO
        : Answers.required(Values.decimal(body.extraCredits()).orElse(null), "a numeric extra_credits");
    return Credits.of(main.add(extra));
  }

  /**
   * The WAV answer's link. sunoapi.com documents no lifetime for it, so the link carries none
   * (https://docs.sunoapi.com/wav).
   */
  private static WavFile wavFrom(TrackId track, WavData data) {
    String url = Answers.required(Answers.text(data.wavUrl()).orElse(null), "data.wav_url");
    return new WavFile(ResultLink.of(URI.create(url)), Optional.of(track));
  }

  /**
   * Converts a clip to WAV in one call. Sent once, never retried: the docs say nothing of its cost, and a second
   * conversion of the same clip gains nothing.
   */
  WavFile convertToWavNow(WavRequest request) {
    TrackId track = request.source().track();
    String clip = rules.owned(track, "source.track");
    return transport().exchange().write(api.wav(new WavSubmit(clip)), wav, track);
  }

  /**
   * A request's callback URL becomes {@code webhook_url}; with a webhook key in the settings it also goes out as
   * {@code webhook_secret}, which sunoapi.com signs the webhook with (https://docs.sunoapi.com/webhook-guide).
   */
  private Create webhook(Create body, Optional<URI> callbackUrl) {
    return callbackUrl.map(url -> body.withWebhook(url.toString(),
        settings.webhookKey().map(ApiKey::reveal).orElse(null))).orElse(body);
  }

  /** Lyrics: make-lyrics. */
  TaskId submitLyrics(LyricsRequest request) {
    rules.checkLyrics(request);
    return transport().exchange().write(api.makeLyrics(mapper.toWire(request)), created, null);
  }

  /** Lyrics: get-lyrics. */
  LyricsTask fetchLyrics(TaskId id) {
    String value = rules.owned(id);
    return transport().exchange().read(() -> api.getLyrics(value), lyricsTask, id);
  }

  /** Music: create. */
  TaskId submitMusic(MusicRequest request) {
    String mv = rules.checkMusic(request);
    var body = webhook(mapper.toWire(request, mv), request.callbackUrl());
    return transport().exchange().write(api.create(body), created, null);
  }

  /** Extending is a create with {@code task_type: extend_music}. */
  TaskId extend(ExtendRequest request) {
    String clip = rules.owned(request.parentTrack());
    String mv = rules.checkExtend(request);
    var body = webhook(mapper.toWire(request, clip, mv), request.callbackUrl());
    return transport().exchange().write(api.create(body), created, null);
  }

  /**
   * Joining an extension chain is a create with {@code task_type: concat_music} naming the chain's last clip
   * (docs.sunoapi.com/concat-suno-music); its answer carries {@code task_id} at the top level.
   */
  TaskId concat(TrackId lastTrack) {
    String clip = rules.owned(lastTrack, "lastTrack");
    return transport().exchange().write(api.create(mapper.concat(clip)), created, null);
  }

  /**
   * Reads a music task at the newer {@code api/v1/suno/task/{id}} or the legacy {@code api/v1/suno/clip/{id}}, the
   * route that answered last time first. sunoapi.com reports an unknown task as 400 "task not found.", so an HTTP 404
   * means the route is missing: then the other route is tried once, and remembered if it answers, so that a server
   * with only one route costs one failed call per client instead of one per poll.
   */
  MusicTask fetchMusic(TaskId id) {
    String value = rules.owned(id);
    Route first = musicRoute;
    try {
      return fetchMusic(first, id, value);
    } catch (TaskNotFoundException e) {
      if (e.httpStatus().orElse(0) != 404) {
        throw e;
      }
      Route other = first == Route.TASK ? Route.CLIP : Route.TASK;
      MusicTask task = fetchMusic(other, id, value);
      musicRoute = other;
      return task;
    }
  }

  private MusicTask fetchMusic(Route route, TaskId id, String value) {
    return route == Route.TASK
        ? transport().exchange().read(() -> api.task(value), musicTask, id)
        : transport().exchange().read(() -> api.clip(value), musicTask, id);
  }

  /** The account: get-credits. */
  Credits credits() {
    return transport().exchange().read(api::credits, balance, null);
  }
}
