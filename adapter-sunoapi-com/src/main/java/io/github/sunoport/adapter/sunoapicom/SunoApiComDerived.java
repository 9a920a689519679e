package io.github.sunoport.adapter.sunoapicom;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComApi;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComStemsMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Envelope;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.StemsSubmit;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.WavData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.WavSubmit;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.Exchange;
import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * sunoapi.com's derived outputs: the synchronous WAV (https://docs.sunoapi.com/wav) and stem separations, two stems
 * ({@code stems/basic}) or twelve ({@code stems/full}), polled as tasks. Submits are sent once, never retried: a
 * separation is a paid job, and a second one of the same clip gains nothing; keep the task id and fetch it.
 */
final class SunoApiComDerived {
  private final SunoApiComApi api;
  private final Supplier<Exchange> exchange;
  private final SunoApiComRules rules;
  private final ProviderSettings settings;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<TrackId, WavFile> wav;
  private final AnswerMapper<TaskId, DerivedTask<Stems>> stemsTask;

  SunoApiComDerived(Moshi moshi, Answers answers, SunoApiComApi api, Supplier<Exchange> exchange,
      SunoApiComRules rules, ProviderSettings settings, SunoApiComMapper mapper, AnswerMapper<Object, TaskId> created) {
    this.api = api;
    this.exchange = exchange;
    this.rules = rules;
    this.settings = settings;
    this.created = created;
    JsonAdapter<Envelope<WavData>> wavs = moshi.adapter(envelopeOf(WavData.class));
    this.wav = answers.of(wavs, (track, e) -> wavFrom(track, Answers.required(e.data(), "data")));
    JsonAdapter<Envelope<MusicData>> tasks = moshi.adapter(envelopeOf(MusicData.class));
    this.stemsTask = answers.of(tasks, (id, e) -> SunoApiComStemsMapper.stemsTaskFrom(id,
        Answers.required(e.data(), "data"), e.message(), mapper));
  }

  /**
   * The WAV answer's link. sunoapi.com documents no lifetime for it, so the link carries none
   * (https://docs.sunoapi.com/wav).
   */
  private static WavFile wavFrom(TrackId track, WavData data) {
    String url = Answers.required(Answers.text(data.wavUrl()).orElse(null), "data.wav_url");
    return new WavFile(ResultLink.of(URI.create(url)), Optional.of(track));
  }

  /** Converts a clip to WAV in one call; the docs say nothing of its cost, and a second one gains nothing. */
  WavFile convertToWavNow(WavRequest request) {
    TrackId track = request.source().track();
    String clip = rules.owned(track, "source.track");
    return exchange.get().write(api.wav(new WavSubmit(clip)), wav, track);
  }

  /**
   * Starts a separation of the request's clip. A callback URL becomes {@code webhook_url}, signed with the webhook
   * key when one is set, as on create (inferred: the stems pages show no fields but {@code clip_id}).
   */
  TaskId submitStems(StemsRequest request) {
    String split = rules.checkStems(request);
    String clip = request.source().track().value();
    String hook = request.callbackUrl().map(URI::toString).orElse(null);
    String secret = hook == null ? null : settings.webhookKey().map(ApiKey::reveal).orElse(null);
    return exchange.get().write(api.stems(split, new StemsSubmit(clip, hook, secret)), created, null);
  }

  /** Fetches a separation from {@code GET task/{id}} (inferred), as it is now. */
  DerivedTask<Stems> fetchStems(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.task(value), stemsTask, id);
  }

  /** Envelope is nested in SunoApiComWire, so Moshi needs its owner named. */
  private static Type envelopeOf(Type data) {
    return Types.newParameterizedTypeWithOwner(SunoApiComWire.class, Envelope.class, data);
  }
}
