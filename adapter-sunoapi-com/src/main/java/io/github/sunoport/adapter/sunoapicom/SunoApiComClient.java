package io.github.sunoport.adapter.sunoapicom;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComApi;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Created;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.CreditsBody;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Envelope;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LyricsData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicDataJson;
import io.github.sunoport.adapter.support.Answer;
import io.github.sunoport.adapter.support.Envelopes;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.adapter.support.TransportClient;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * A sunoapi.com client: lyrics, music, extension and credits; no timestamped lyrics and no callbacks. Thread-safe;
 * one connection pool and one Moshi per client.
 */
final class SunoApiComClient extends TransportClient {
  static final ProviderId ID = ProviderId.of("sunoapi-com");
  static final URI DEFAULT_BASE_URL = URI.create("https://api.sunoapi.com/");
  static final Set<Capability> CAPABILITIES =
      Set.copyOf(EnumSet.of(Capability.LYRICS, Capability.MUSIC, Capability.EXTEND, Capability.CREDITS));

  private final SunoApiComApi api;
  private final SunoApiComMapper mapper;
  private final SunoApiComRules rules;
  private final JsonAdapter<Created> created;
  private final JsonAdapter<Envelope<LyricsData>> lyricsData;
  private final JsonAdapter<Envelope<MusicData>> musicData;
  private final JsonAdapter<CreditsBody> credits;
  private final LyricsPort lyricsPort = new Lyrics();
  private final MusicPort musicPort = new Music();
  private final AccountPort accountPort = new Account();

  private SunoApiComClient(Moshi moshi, HttpTransport transport) {
    super(transport, CAPABILITIES);
    this.api = transport.service(SunoApiComApi.class);
    this.mapper = new SunoApiComMapper(new RequestEchoes(moshi));
    this.rules = new SunoApiComRules(new RequestRules(ID));
    this.created = moshi.adapter(Created.class);
    this.lyricsData = moshi.adapter(envelopeOf(LyricsData.class));
    this.musicData = moshi.adapter(envelopeOf(MusicData.class));
    this.credits = moshi.adapter(CreditsBody.class);
  }

  /** Opens a client whose read retries wait with {@code sleeper}. */
  static SunoApiComClient open(ProviderSettings settings, Sleeper sleeper) {
    Moshi moshi = new Moshi.Builder().add(new MusicDataJson()).build();
    return new SunoApiComClient(moshi, HttpTransport.open(ID, settings, DEFAULT_BASE_URL, moshi, sleeper));
  }

  /** Lyrics: make-lyrics, then get-lyrics. */
  @Override
  public LyricsPort lyrics() {
    return lyricsPort;
  }

  /** Envelope is nested in SunoApiComWire, so Moshi needs its owner named. */
  private static Type envelopeOf(Type data) {
    return Types.newParameterizedTypeWithOwner(SunoApiComWire.class, Envelope.class, data);
  }

  private MusicTask musicTaskFrom(TaskId id, Answer answer) {
    Envelope<MusicData> envelope = Envelopes.open(answer, musicData, SunoApiComErrors.TABLE, ID);
    MusicData data = Envelopes.required(envelope.data(), "data", answer, ID);
    return JsonBodies.mapped(answer, ID, () -> mapper.musicTaskFrom(id, data, envelope.message()));
  }

  /** Music: create (also for extending), then task. */
  @Override
  public MusicPort music() {
    return musicPort;
  }

  /** Reads the new task's id from {@code data.task_id}, or from a top-level {@code task_id}. */
  private TaskId taskIdFrom(Answer answer) {
    Created body = Envelopes.open(answer, created, SunoApiComErrors.TABLE, ID);
    String nested = body.data() == null ? null : body.data().taskId();
    String id = Envelopes.text(nested).or(() -> Envelopes.text(body.taskId())).orElse(null);
    String value = Envelopes.required(id, "data.task_id (or task_id)", answer, ID);
    return JsonBodies.mapped(answer, ID, () -> new TaskId(ID, value));
  }

  /** The account: get-credits. */
  @Override
  public AccountPort account() {
    return accountPort;
  }

  private final class Lyrics implements LyricsPort {
    @Override
    public TaskId submit(LyricsRequest request) {
      rules.checkLyrics(request);
      return transport().exchange().write(api.makeLyrics(mapper.toWire(request)), SunoApiComClient.this::taskIdFrom);
    }

    @Override
    public LyricsTask fetch(TaskId id) {
      String value = rules.owned(id);
      return transport().exchange().read(() -> api.getLyrics(value), answer -> {
        Envelope<LyricsData> envelope = Envelopes.open(answer, lyricsData, SunoApiComErrors.TABLE, ID);
        LyricsData data = Envelopes.required(envelope.data(), "data", answer, ID);
        return JsonBodies.mapped(answer, ID, () -> mapper.lyricsTaskFrom(id, data, envelope.message()));
      });
    }
  }

  private final class Music implements MusicPort {
    @Override
    public TaskId submit(MusicRequest request) {
      String mv = rules.checkMusic(request);
      return transport().exchange().write(api.create(mapper.toWire(request, mv)), SunoApiComClient.this::taskIdFrom);
    }

    @Override
    public TaskId extend(ExtendRequest request) {
      String mv = rules.checkExtend(request);
      return transport().exchange().write(api.create(mapper.toWire(request, mv)), SunoApiComClient.this::taskIdFrom);
    }

    /**
     * Reads {@code api/v1/suno/task/{id}}. An HTTP 404 there (sunoapi.com reports unknown tasks as 400 "task not
     * found.", so a 404 means the route is missing) falls back once to the legacy {@code api/v1/suno/clip/{id}}.
     */
    @Override
    public MusicTask fetch(TaskId id) {
      String value = rules.owned(id);
      try {
        return transport().exchange().read(() -> api.task(value), answer -> musicTaskFrom(id, answer));
      } catch (TaskNotFoundException e) {
        if (e.httpStatus().orElse(0) != 404) {
          throw e;
        }
        return transport().exchange().read(() -> api.clip(value), answer -> musicTaskFrom(id, answer));
      }
    }

    @Override
    public TimestampedLyrics timestampedLyrics(TaskId task, String trackId) {
      throw UnsupportedCapabilityException.of(ID, Capability.TIMESTAMPED_LYRICS);
    }
  }

  /** Credits are a bare {@code {credits, extra_credits}}; the balance is their sum. */
  private final class Account implements AccountPort {
    @Override
    public Credits credits() {
      return transport().exchange().read(api::credits, answer -> {
        CreditsBody body = Envelopes.open(answer, credits, SunoApiComErrors.TABLE, ID);
        BigDecimal main = Envelopes.required(Values.decimal(body.credits()).orElse(null), "a numeric credits",
            answer, ID);
        BigDecimal extra = body.extraCredits() == null ? BigDecimal.ZERO : Envelopes.required(
            Values.decimal(body.extraCredits()).orElse(null), "a numeric extra_credits", answer, ID);
        return Credits.of(main.add(extra));
      });
    }
  }
}
