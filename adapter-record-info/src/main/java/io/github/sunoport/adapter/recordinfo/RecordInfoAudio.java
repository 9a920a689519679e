package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.Operations;
import java.util.function.Consumer;
import java.util.function.Function;
import io.github.sunoport.adapter.recordinfo.internal.AudioMapper;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The music-from-audio operations of a record-info family provider: each request is checked against the
 * provider's {@link AudioDialect} and the per-model limits, mapped, and sent once. Every refusal names the field.
 */
final class RecordInfoAudio {
  /**
   * Music from audio and uploads, with kie.ai's download links where the dialect documents them: the one declaration
   * both record-info routes include. {@code audio} finds a client's music-from-audio part.
   */
  static <C extends FamilyClient> Consumer<Operations.Builder<C>> operations(Function<C, RecordInfoAudio> audio,
      boolean downloadLinks) {
    return builder -> {
      builder.uploadCover((c, r) -> audio.apply(c).uploadCover(r))
          .uploadExtend((c, r) -> audio.apply(c).uploadExtend(r))
          .addVocals((c, r) -> audio.apply(c).addVocals(r))
          .addInstrumental((c, r) -> audio.apply(c).addInstrumental(r))
          .replaceSection((c, r) -> audio.apply(c).replaceSection(r))
          .mashup((c, r) -> audio.apply(c).mashup(r))
          .sounds((c, r) -> audio.apply(c).sounds(r))
          .upload((c, upload) -> c.files.upload(upload));
      if (downloadLinks) {
        builder.downloadLink((c, url) -> c.files.downloadLink(url));
      }
    };
  }

  /**
   * Sends the create call of {@code operation} once, with the legacy body the checks and mapping produced, and reads
   * the task id from its answer: the legacy route posts the body as it is, the Market route renames it.
   */
  @FunctionalInterface
  interface Sender {
    TaskId send(MusicOperation operation, Object body);
  }

  private final RecordInfoDialect dialect;
  private final AudioDialect audio;
  private final ProviderSettings settings;
  private final RequestRules rules;
  private final boolean callbackRequired;
  private final Sender sender;

  /**
   * The operations of {@code dialect}'s provider, sent by {@code sender}; {@code callbackRequired} is false where
   * every create call may go without a callback URL (kie.ai's Market API), and the task is then polled.
   */
  RecordInfoAudio(RecordInfoDialect dialect, ProviderSettings settings, RequestRules rules, boolean callbackRequired,
      Sender sender) {
    this.dialect = dialect;
    this.audio = dialect.audio().orElseThrow();
    this.settings = settings;
    this.rules = rules;
    this.callbackRequired = callbackRequired;
    this.sender = sender;
  }

  private URI callbackUrl(Optional<URI> fromRequest) {
    return rules.callbackUrl(fromRequest, settings, callbackRequired);
  }

  TaskId uploadCover(UploadCoverRequest r) {
    SunoModel model = r.model();
    String wire = model(model, audio.coverModels(), "upload-cover");
    Boolean customMode = customMode(model, r.customMode(), "upload-cover");
    songText(model, r.customMode(), r.prompt(), r.style(), r.title(), 0);
    sixthGeneration(model, r.lyrics(), r.tuning());
    duration(model, r.duration().isPresent());
    persona(model, r.tuning());
    var body = AudioMapper.toWire(r, wire, customMode, callbackUrl(r.callbackUrl()));
    return sender.send(MusicOperation.UPLOAD_COVER, body);
  }

  TaskId uploadExtend(UploadExtendRequest r) {
    SunoModel model = r.model();
    String wire = model(model, audio.uploadExtendModels(), "upload-extend");
    if (r.continueAt().isEmpty() && audio.uploadExtendNeedsContinueAt()) {
      throw rules.invalid("continueAt", dialect.id() + " needs the point to continue at for every upload-extend");
    }
    if (r.keepSourceParameters() && !r.tuning().isEmpty() && r.tuning().personaId().isPresent()) {
      throw rules.invalid("personaId", dialect.id() + " takes a persona only with new parameters (overriding)");
    }
    songText(model, !r.keepSourceParameters(), r.prompt(), r.style(), r.title(), 0);
    refuse(r.tuning().variety().isPresent(), "variety", "upload-extend has no variety");
    persona(model, r.tuning());
    var body = AudioMapper.toWire(r, wire, callbackUrl(r.callbackUrl()));
    return sender.send(MusicOperation.UPLOAD_EXTEND, body);
  }

  TaskId addVocals(AddVocalsRequest r) {
    String wire = r.model().map(m -> model(m, audio.addModels(), "add-vocals")).orElse(null);
    if (audio.addVocalsNeedsPrompt() && r.prompt().isEmpty()) {
      throw rules.invalid("prompt", dialect.id() + " needs a prompt guiding what is sung");
    }
    rules.maxLength(Optional.of(r.style()), "style", 1000, "for add-vocals");
    rules.maxLength(r.tuning().negativeTags(), "negativeTags", 200, "for add-vocals");
    addTuning(r.model(), r.lyrics(), r.tuning(), "add-vocals");
    var body = AudioMapper.toWire(r, wire, callbackUrl(r.callbackUrl()));
    return sender.send(MusicOperation.ADD_VOCALS, body);
  }

  TaskId addInstrumental(AddInstrumentalRequest r) {
    String wire = r.model().map(m -> model(m, audio.addModels(), "add-instrumental")).orElse(null);
    rules.maxLength(Optional.of(r.style()), "style", 1000, "for add-instrumental");
    rules.maxLength(r.tuning().negativeTags(), "negativeTags", 200, "for add-instrumental");
    addTuning(r.model(), r.lyrics(), r.tuning(), "add-instrumental");
    var body = AudioMapper.toWire(r, wire, callbackUrl(r.callbackUrl()));
    return sender.send(MusicOperation.ADD_INSTRUMENTAL, body);
  }

  TaskId replaceSection(ReplaceSectionRequest r) {
    String wire = null;
    if (r.track().isPresent()) {
      rules.owned(r.task().orElseThrow());
      rules.owned(r.track().get(), "track");
    } else {
      wire = model(r.model().orElseThrow(), audio.coverModels(), "replace-section");
    }
    Optional<SunoModel> model = r.model();
    if (!audio.personaOnReplaceAndMashup()) {
      onlyNegativeTags(r.tuning(), "replace-section");
      refuse(r.lyrics().isPresent(), "lyrics", "replace-section has no lyrics field; the prompt carries them");
    } else {
      model.ifPresent(m -> sixthGeneration(m, r.lyrics(), r.tuning()));
      model.ifPresent(m -> persona(m, r.tuning()));
    }
    var body = AudioMapper.toWire(r, wire, rules.callbackUrl(r.callbackUrl(), settings, false));
    return sender.send(MusicOperation.REPLACE_SECTION, body);
  }

  TaskId mashup(MashupRequest r) {
    SunoModel model = r.model();
    String wire = model(model, audio.coverModels(), "mashup");
    Boolean customMode = customMode(model, r.customMode(), "mashup");
    if (audio.mashupNeedsStyleAndTitle() && !r.customMode()) {
      throw rules.invalid("customMode", dialect.id() + " requires style and title for a mashup; use "
          + "MashupRequest.custom or customInstrumental");
    }
    // Every model's mashup title is at most 80 characters.
    songText(model, r.customMode(), r.prompt(), r.style(), r.title(), 80);
    if (!audio.personaOnReplaceAndMashup()) {
      refuse(r.tuning().personaId().isPresent(), "personaId", "mashup takes no persona");
    }
    sixthGeneration(model, r.lyrics(), r.tuning());
    duration(model, r.duration().isPresent());
    persona(model, r.tuning());
    var body = AudioMapper.toWire(r, wire, customMode, callbackUrl(r.callbackUrl()));
    return sender.send(MusicOperation.MASHUP, body);
  }

  TaskId sounds(SoundsRequest r) {
    String wire = model(r.model(), audio.soundModels(), "sounds");
    // The sounds callback URL is optional (the Generate Sounds pages listed in https://docs.kie.ai/llms.txt and
    // https://docs.sunoapi.org/llms.txt): without one the task is polled.
    var body = AudioMapper.toWire(r, wire, rules.callbackUrl(r.callbackUrl(), settings, false));
    return sender.send(MusicOperation.SOUNDS, body);
  }

  /** The family's spelling of a model this operation offers; names this library does not know pass through. */
  private String model(SunoModel model, List<SunoModel> offered, String operation) {
    if (model.isKnown() && !offered.contains(model)) {
      throw rules.invalid("model", dialect.id() + " does not offer " + model + " for " + operation + "; it offers "
          + offered);
    }
    return FamilyClient.wireName(model);
  }

  /** {@code customMode} to send: null for models that are always custom, which refuse description mode. */
  private Boolean customMode(SunoModel model, boolean customMode, String operation) {
    if (!audio.alwaysCustomModels().contains(model)) {
      return customMode;
    }
    if (!customMode) {
      throw rules.invalid("customMode", dialect.id() + "'s " + operation + " with " + model + " is always custom "
          + "mode: give title and style (" + operation + " custom or customInstrumental)");
    }
    return null;
  }

  /** The limits of the model for the song's texts; {@code titleCap} bounds the title further when positive. */
  private void songText(SunoModel model, boolean customMode, Optional<String> prompt, Optional<String> style,
      Optional<String> title, int titleCap) {
    if (!model.isKnown()) {
      return;
    }
    if (customMode) {
      rules.maxLength(prompt, "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
      rules.maxLength(style, "style", dialect.styleLimit(model), "for " + model);
      int titleLimit = titleLimit(model);
      rules.maxLength(title, "title", titleCap > 0 ? Math.min(titleCap, titleLimit) : titleLimit, "for " + model);
    } else {
      rules.maxLength(prompt, "prompt", dialect.descriptionLimit(), "as a description");
    }
  }

  /** The upload operations' title limits: 80 for V4, V4_5ALL and the V6 family, 100 for the others. */
  private static int titleLimit(SunoModel model) {
    return model.equals(SunoModel.V4) || model.equals(SunoModel.V4_5_ALL) || model.isSixthGeneration() ? 80 : 100;
  }

  private void sixthGeneration(SunoModel model, Optional<String> lyrics, Tuning tuning) {
    MusicRules.sixthGenerationFields(rules, dialect, model, lyrics, tuning.variety().isPresent());
  }

  private void duration(SunoModel model, boolean present) {
    MusicRules.duration(rules, dialect, model, present);
  }

  private void persona(SunoModel model, Tuning tuning) {
    MusicRules.voicePersona(rules, dialect, model, tuning.personaModel());
  }

  /** add-vocals and add-instrumental: voice, weights and (newer models) variety and lyrics; no persona. */
  private void addTuning(Optional<SunoModel> model, Optional<String> lyrics, Tuning tuning, String operation) {
    refuse(tuning.personaId().isPresent(), "personaId", operation + " takes no persona");
    boolean newer = model.map(m -> audio.sixthGenerationModels().contains(m) || !m.isKnown())
        // Without a model the provider's default applies; the sixth generation's fields exist only if it is one.
        .orElse(!audio.sixthGenerationModels().isEmpty());
    refuse(!newer && lyrics.isPresent(), "lyrics", operation + " takes lyrics only with " 
        + sorted(audio.sixthGenerationModels()));
    refuse(!newer && tuning.variety().isPresent(), "variety", operation + " takes variety only with "
        + sorted(audio.sixthGenerationModels()));
    rules.maxLength(lyrics, "lyrics", 5000, "for " + operation);
  }

  /** kie.ai's replace-section takes no voice, weights, variety or persona: only the styles to avoid. */
  private void onlyNegativeTags(Tuning t, String operation) {
    refuse(t.vocalGender().isPresent(), "vocalGender", operation + " has no vocalGender field");
    refuse(t.styleWeight().isPresent(), "styleWeight", operation + " has no styleWeight field");
    refuse(t.weirdnessConstraint().isPresent(), "weirdnessConstraint", operation + " has no weirdnessConstraint field");
    refuse(t.audioWeight().isPresent(), "audioWeight", operation + " has no audioWeight field");
    refuse(t.variety().isPresent(), "variety", operation + " has no variety field");
    refuse(t.personaId().isPresent(), "personaId", operation + " takes no persona");
  }

  private void refuse(boolean condition, String field, String why) {
    MusicRules.refuse(rules, dialect, condition, field, why);
  }

  private static List<String> sorted(Collection<SunoModel> models) {
    return MusicRules.sorted(models);
  }
}
