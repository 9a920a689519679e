package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.internal.Envelope;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoApi;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.MusicRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TaskCreated;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.Timestamped;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TimestampedSubmit;
import io.github.sunoport.adapter.support.Answer;
import io.github.sunoport.adapter.support.Envelopes;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.adapter.support.TransportClient;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.Set;

/**
 * A client of a record-info family provider. Provider modules create it with their dialect; apps get it through
 * {@link io.github.sunoport.core.SunoProviders#open}. Thread-safe.
 */
public final class RecordInfoClient extends TransportClient {
  /** What every provider of the family can do. */
  public static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.LYRICS, Capability.MUSIC,
      Capability.EXTEND, Capability.TIMESTAMPED_LYRICS, Capability.CREDITS, Capability.CALLBACKS));

  private final RecordInfoDialect dialect;
  private final ProviderSettings settings;
  private final RecordInfoApi api;
  private final RecordInfoMapper mapper;
  private final RequestRules rules;
  private final JsonAdapter<Envelope<TaskCreated>> created;
  private final JsonAdapter<Envelope<LyricsRecord>> lyricsRecord;
  private final JsonAdapter<Envelope<MusicRecord>> musicRecord;
  private final JsonAdapter<Envelope<Timestamped>> timestamped;
  private final JsonAdapter<Envelope<Object>> credits;
  private final LyricsPort lyricsPort = new Lyrics();
  private final MusicPort musicPort = new Music();
  private final AccountPort accountPort = new Account();
  private final CallbackPort callbackPort;

  private RecordInfoClient(
      RecordInfoDialect dialect, ProviderSettings settings, Moshi moshi, HttpTransport transport) {
    super(transport, CAPABILITIES);
    this.dialect = dialect;
    this.settings = settings;
    this.api = transport.service(RecordInfoApi.class);
    this.mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    this.rules = new RequestRules(dialect.id());
    this.created = moshi.adapter(envelopeOf(TaskCreated.class));
    this.lyricsRecord = moshi.adapter(envelopeOf(LyricsRecord.class));
    this.musicRecord = moshi.adapter(envelopeOf(MusicRecord.class));
    this.timestamped = moshi.adapter(envelopeOf(Timestamped.class));
    this.credits = moshi.adapter(envelopeOf(Object.class));
    this.callbackPort = new RecordInfoCallbacks(dialect.id(), mapper, moshi, dialect.callbackVerifier(settings));
  }

  /** Opens a client of the provider {@code dialect} describes. */
  public static RecordInfoClient open(RecordInfoDialect dialect, ProviderSettings settings) {
    return open(dialect, settings, Sleeper.system());
  }

  /** Opens a client whose read retries wait with {@code sleeper}; for tests. */
  public static RecordInfoClient open(RecordInfoDialect dialect, ProviderSettings settings, Sleeper sleeper) {
    Moshi moshi = new Moshi.Builder().add(java.math.BigDecimal.class, WireRecords.DECIMALS).build();
    return new RecordInfoClient(dialect, settings, moshi,
        HttpTransport.open(dialect.id(), settings, dialect.defaultBaseUrl(), moshi, sleeper));
  }

  private static Type envelopeOf(Type data) {
    return Types.newParameterizedType(Envelope.class, data);
  }

  @Override
  public LyricsPort lyrics() {
    return lyricsPort;
  }

  @Override
  public MusicPort music() {
    return musicPort;
  }

  @Override
  public AccountPort account() {
    return accountPort;
  }

  /**
   * Parses the provider's callbacks: snake_case and camelCase keys, {@code data} or {@code lyricsData}, kie.ai's
   * failed lyrics with {@code callbackType: complete}. With a webhook key in the settings and a provider that signs
   * (kie.ai), every callback's signature is checked and unsigned ones are rejected; sunoapi.org signs nothing.
   */
  @Override
  public CallbackPort callbacks() {
    return callbackPort;
  }

  private final class Lyrics implements LyricsPort {
    @Override
    public TaskId submit(LyricsRequest request) {
      rules.maxLength(java.util.Optional.of(request.prompt()), "prompt", dialect.lyricsPromptLimit(), "for lyrics");
      var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
      return transport().exchange().write(api.submitLyrics(body), RecordInfoClient.this::taskIdFrom);
    }

    @Override
    public LyricsTask fetch(TaskId id) {
      String value = rules.owned(id);
      return transport().exchange().read(() -> api.lyricsRecord(value), answer -> {
        LyricsRecord data = dataOf(answer, lyricsRecord);
        return JsonBodies.mapped(answer, provider(), () -> mapper.lyricsTaskFrom(id, data));
      });
    }
  }

  private final class Music implements MusicPort {
    @Override
    public TaskId submit(MusicRequest request) {
      SunoModel model = request.model();
      String wireModel = wireModel(model);
      if (request.customMode()) {
        rules.maxLength(request.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
        rules.maxLength(request.style(), "style", dialect.styleLimit(model), "for " + model);
        rules.maxLength(request.title(), "title", dialect.titleLimit(model), "for " + model);
      } else {
        rules.maxLength(request.prompt(), "prompt", dialect.descriptionLimit(), "as a description");
      }
      var body = mapper.toWire(request, wireModel, rules.callbackUrl(request.callbackUrl(), settings));
      return transport().exchange().write(api.generate(body), RecordInfoClient.this::taskIdFrom);
    }

    @Override
    public TaskId extend(ExtendRequest request) {
      SunoModel model = request.model().orElseThrow(() -> rules.invalid("model",
          provider() + " needs the source track's model to extend it"));
      String wireModel = wireModel(model);
      rules.maxLength(request.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
      rules.maxLength(request.style(), "style", dialect.styleLimit(model), "for " + model);
      rules.maxLength(request.title(), "title", dialect.titleLimit(model), "for " + model);
      var body = mapper.toWire(request, wireModel, rules.callbackUrl(request.callbackUrl(), settings));
      return transport().exchange().write(api.extend(body), RecordInfoClient.this::taskIdFrom);
    }

    @Override
    public MusicTask fetch(TaskId id) {
      String value = rules.owned(id);
      return transport().exchange().read(() -> api.musicRecord(value), answer -> {
        MusicRecord data = dataOf(answer, musicRecord);
        return JsonBodies.mapped(answer, provider(), () -> mapper.musicTaskFrom(id, data));
      });
    }

    @Override
    public TimestampedLyrics timestampedLyrics(TaskId task, String trackId) {
      String value = rules.owned(task);
      if (trackId == null || trackId.isBlank()) {
        throw rules.invalid("trackId", "is missing");
      }
      var body = new TimestampedSubmit(value, trackId);
      return transport().exchange().read(() -> api.timestampedLyrics(body), answer -> {
        Timestamped data = dataOf(answer, timestamped);
        return JsonBodies.mapped(answer, provider(), () -> mapper.timestampedLyricsFrom(data));
      });
    }
  }

  private final class Account implements AccountPort {
    @Override
    public Credits credits() {
      return transport().exchange().read(() -> api.credits(dialect.creditsPath()), answer -> {
        Object data = dataOf(answer, credits);
        return Credits.of(Envelopes.required(Values.decimal(data).orElse(null), "a numeric data", answer, provider()));
      });
    }
  }

  private <D> D dataOf(Answer answer, JsonAdapter<Envelope<D>> adapter) {
    Envelope<D> envelope = Envelopes.open(answer, adapter, dialect.errorTable(), provider());
    return Envelopes.required(envelope.data(), "data", answer, provider());
  }

  private TaskId taskIdFrom(Answer answer) {
    TaskCreated data = dataOf(answer, created);
    String id = Envelopes.required(Envelopes.text(data.taskId()).orElse(null), "data.taskId", answer, provider());
    return JsonBodies.mapped(answer, provider(), () -> new TaskId(provider(), id));
  }

  private String wireModel(SunoModel model) {
    if (!model.isKnown()) {
      return model.name();
    }
    if (!dialect.models().contains(model)) {
      throw rules.invalid("model", provider() + " does not offer " + model + "; it offers " + dialect.models());
    }
    // The family spells the suffixed versions without the last underscore: V4_5PLUS, V4_5ALL.
    return model.name().replace("_PLUS", "PLUS").replace("_ALL", "ALL");
  }
}
