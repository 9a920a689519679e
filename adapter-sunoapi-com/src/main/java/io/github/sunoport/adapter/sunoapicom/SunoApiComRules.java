package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComStemsMapper;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.derived.StemsRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * sunoapi.com's documented request rules, checked before anything is sent (https://sunoapi.com/docs/v1/make-lyrics,
 * https://sunoapi.com/docs/v1/create, https://docs.sunoapi.com/ai-music-api-error-handling-guide). Its limits read
 * "less than N characters", so N itself is refused. Music and extension take a callback URL, sent as
 * {@code webhook_url}; make-lyrics documents none, so a lyrics request that asks for one is refused rather than
 * silently not called back. The settings' default callback URL is not used: a webhook is asked for per request.
 */
final class SunoApiComRules {
  /** The models of the error guide: "The model should be 'chirp-v3-5','chirp-v4' or 'chirp-v4-5'." */
  static final Map<SunoModel, String> MODELS = models();

  private final RequestRules rules;

  SunoApiComRules(RequestRules rules) {
    this.rules = rules;
  }

  private static Map<SunoModel, String> models() {
    Map<SunoModel, String> models = new LinkedHashMap<>();
    models.put(SunoModel.V3_5, "chirp-v3-5");
    models.put(SunoModel.V4, "chirp-v4");
    models.put(SunoModel.V4_5, "chirp-v4-5");
    return java.util.Collections.unmodifiableMap(models);
  }

  /** make-lyrics: the prompt must be less than 200 characters. */
  void checkLyrics(LyricsRequest request) {
    noCallback(request.callbackUrl());
    lessThan(Optional.of(request.prompt()), "prompt", 200);
  }

  /**
   * create: lyrics less than 3000 characters, title less than 80, tags (style) less than 200, a description less
   * than 200. Custom mode needs lyrics even for an instrumental, as the docs require {@code prompt} whenever
   * {@code custom_mode} is true. {@code audioWeight} has no sunoapi.com field.
   */
  String checkMusic(MusicRequest request) {
    if (request.audioWeight().isPresent()) {
      throw rules.invalid("audioWeight", "sunoapi.com has no field for it; leave it unset");
    }
    // The newer generation's fields have no sunoapi.com counterpart: refused rather than silently dropped.
    noField(request.lyrics().isPresent(), "lyrics");
    noField(request.variety().isPresent(), "variety");
    noField(request.duration().isPresent(), "duration");
    noField(request.personaModel().isPresent(), "personaModel");
    if (request.customMode()) {
      if (request.prompt().isEmpty()) {
        throw rules.invalid("prompt", "sunoapi.com requires lyrics as prompt whenever custom_mode is true, even for "
            + "an instrumental; set a prompt or use description mode");
      }
      lessThan(request.prompt(), "prompt", 3000);
      lessThan(request.title(), "title", 80);
      lessThan(request.style(), "style", 200);
    } else {
      lessThan(request.prompt(), "prompt", 200);
    }
    return wireModel(Optional.of(request.model()));
  }

  /**
   * create with {@code task_type: extend_music}: the model is required, {@code continue_at} is whole seconds (a
   * fraction is refused rather than rounded, so the point is never moved behind the caller's back), and overrides
   * follow the create limits.
   */
  String checkExtend(ExtendRequest request) {
    // sunoapi.com's extend call documents none of the tuning fields, nor an instrumental switch.
    noField(!request.tuning().isEmpty(), "tuning");
    noField(request.instrumental(), "instrumental");
    String mv = wireModel(request.model());
    request.continueAt().filter(at -> at.getNano() != 0).ifPresent(at -> {
      throw rules.invalid("continueAt", "sunoapi.com takes continue_at in whole seconds; was " + at);
    });
    lessThan(request.prompt(), "prompt", 3000);
    lessThan(request.title(), "title", 80);
    lessThan(request.style(), "style", 200);
    return mv;
  }

  /**
   * upload: sunoapi.com fetches the audio from a public URL itself; it takes no bytes and no multipart (musicapi.ai
   * twin, https://docs.musicapi.ai/upload-music). Returns that URL.
   */
  URI checkUpload(FileUpload upload) {
    return upload.url().orElseThrow(() -> rules.invalid("upload", "sunoapi.com uploads only from a public URL "
        + "(FileUpload.fromUrl), not " + upload.source() + "; put the file somewhere it can fetch first"));
  }

  /**
   * create with {@code task_type: cover_upload_music}: the create limits, custom mode needing lyrics as for create,
   * and no field the twin's cover body lacks (lyrics apart from the prompt, duration, variety, persona). The twin gives
   * {@code vocal_gender} only from the v4-5 family on, so older models refuse it.
   */
  String checkUploadCover(UploadCoverRequest request) {
    noCallback(request.callbackUrl());
    noField(request.lyrics().isPresent(), "lyrics");
    noField(request.duration().isPresent(), "duration");
    return checkCover(request.customMode(), request.prompt(), request.title(), request.style(), request.model(),
        request.tuning());
  }

  /**
   * create with {@code task_type: cover_music}: the same rules as a cover of an uploaded clip (the twin documents one
   * body for both, https://docs.aimusicapi.ai/create-sonic-music).
   */
  String checkCover(CoverRequest request) {
    noCallback(request.callbackUrl());
    return checkCover(request.customMode(), request.prompt(), request.title(), request.style(), request.model(),
        request.tuning());
  }

  private String checkCover(boolean customMode, Optional<String> prompt, Optional<String> title,
      Optional<String> style, SunoModel model, Tuning tuning) {
    noField(tuning.variety().isPresent(), "variety");
    noField(tuning.personaId().isPresent(), "personaId");
    noField(tuning.personaModel().isPresent(), "personaModel");
    String mv = rules.wireModel(model, MODELS);
    if (tuning.vocalGender().isPresent() && (model == SunoModel.V3_5 || model == SunoModel.V4)) {
      throw rules.invalid("vocalGender", "sunoapi.com takes vocal_gender only from chirp-v4-5 on, not " + mv);
    }
    if (customMode) {
      if (prompt.isEmpty()) {
        throw rules.invalid("prompt", "sunoapi.com requires lyrics as prompt whenever custom_mode is true, even for "
            + "an instrumental; set a prompt or use description mode");
      }
      lessThan(prompt, "prompt", 3000);
      lessThan(title, "title", 80);
      lessThan(style, "style", 200);
    } else {
      lessThan(prompt, "prompt", 200);
    }
    return mv;
  }

  /**
   * create with {@code task_type: extend_upload_music}: the point to continue at is required (the twin sends it
   * always), fractions allowed, as the twin recommends 0.1 s for an upload; overrides follow the create limits; like
   * extend_music, no tuning and no instrumental switch. Returns the point.
   */
  Duration checkUploadExtend(UploadExtendRequest request) {
    noCallback(request.callbackUrl());
    noField(!request.tuning().isEmpty(), "tuning");
    noField(request.instrumental(), "instrumental");
    Duration at = request.continueAt().orElseThrow(() -> rules.invalid("continueAt",
        "sunoapi.com needs continue_at to extend an uploaded clip"));
    lessThan(request.prompt(), "prompt", 3000);
    lessThan(request.title(), "title", 80);
    lessThan(request.style(), "style", 200);
    return at;
  }

  /** The model of a music-from-upload request as sunoapi.com names it. */
  String wireModel(SunoModel model) {
    return rules.wireModel(model, MODELS);
  }

  /**
   * The task's id at sunoapi.com, refusing another provider's task and the ids {@code .} and {@code ..}, which no
   * URL can carry as a path segment.
   */
  String owned(TaskId id) {
    String value = rules.owned(id);
    if (value.equals(".") || value.equals("..")) {
      throw rules.invalid("taskId", "'" + value + "' cannot be a task id");
    }
    return value;
  }

  /**
   * The path segment of a separation of the request's clip ({@code basic} for two stems, {@code full} for twelve),
   * refusing another provider's track and a one-instrument split, which sunoapi.com does not offer.
   */
  String checkStems(StemsRequest request) {
    owned(request.source().task());
    owned(request.source().track(), "source.track");
    return SunoApiComStemsMapper.split(request.type()).orElseThrow(() -> rules.invalid("type",
        "sunoapi.com separates TWO_STEMS (stems/basic) or TWELVE_STEMS (stems/full), not " + request.type()));
  }

  /** The clip an extension continues, refusing a track another provider made. */
  String owned(TrackId track) {
    return owned(track, "parentTrack");
  }

  /** The track's id at sunoapi.com, refusing another provider's track and naming {@code field}. */
  String owned(TrackId track, String field) {
    return rules.owned(track, field);
  }

  private String wireModel(Optional<SunoModel> requested) {
    SunoModel model = requested.orElseThrow(() -> rules.invalid("model",
        "sunoapi.com needs the model (mv) to extend a clip; use the source clip's model"));
    return rules.wireModel(model, MODELS);
  }

  private void noField(boolean present, String field) {
    if (present) {
      throw rules.invalid(field, "sunoapi.com has no field for it; leave it unset");
    }
  }

  private void noCallback(Optional<URI> callbackUrl) {
    if (callbackUrl.isPresent()) {
      throw rules.invalid("callbackUrl", "sunoapi.com documents no webhook for make-lyrics; poll instead");
    }
  }

  private void lessThan(Optional<String> value, String field, int documented) {
    rules.maxLength(value, field, documented - 1, "(sunoapi.com: less than " + documented + " characters)");
  }
}
