package io.github.sunoport.mock;

import java.util.List;
import java.util.Set;

/**
 * Request checks of the music-from-audio routes of kie.ai and sunoapi.org (the pages listed in
 * https://docs.kie.ai/llms.txt and https://docs.sunoapi.org/llms.txt).
 */
final class AudioRules {
  private static final Set<String> SHORT_MODELS = Set.of("V4");
  private static final Set<String> KEYS = Set.of("Cm", "C#m", "Dm", "D#m", "Em", "Fm", "F#m", "Gm", "G#m", "Am",
      "A#m", "Bm", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B");
  static final int MIN_WINDOW_SECONDS = 10;

  private final AudioLimits limits;

  AudioRules(AudioLimits limits) {
    this.limits = limits;
  }

  void uploadCover(Fields f) throws BadInput {
    url(f, "uploadUrl");
    callback(f);
    String model = model(f, "model", limits.coverModels());
    Boolean customMode = limits.customModeRequired() ? (Boolean) f.requiredBoolean("customMode")
        : f.optionalBoolean("customMode", "customMode must be a boolean");
    boolean instrumental = limits.customModeRequired() ? f.requiredBoolean("instrumental")
        : Boolean.TRUE.equals(f.optionalBoolean("instrumental", "instrumental must be a boolean"));
    // Without customMode (sunoapi.org's V6 pages) the request is always custom: title and style are optional.
    songText(f, model, customMode, instrumental, customMode != null && customMode, 80);
    common(f, model);
  }

  void uploadExtend(Fields f) throws BadInput {
    url(f, "uploadUrl");
    callback(f);
    String model = model(f, "model", limits.coverModels());
    boolean custom = f.requiredBoolean("defaultParamFlag");
    Double continueAt = f.optionalNumber("continueAt");
    if (continueAt == null && (custom || limits.uploadExtendNeedsContinueAt())) {
      throw BadInput.invalid("continueAt is required");
    }
    if (continueAt != null && continueAt <= 0) throw BadInput.invalid("continueAt must be greater than 0");
    boolean instrumental = Boolean.TRUE.equals(f.optionalBoolean("instrumental", "instrumental must be a boolean"));
    if (custom) {
      Fields.maxLength("style", f.required("style"), styleMax(model));
      Fields.maxLength("title", f.required("title"), titleMax(model));
      if (!instrumental) f.required("prompt");
    }
    Fields.maxLength("prompt", f.optional("prompt"), lyricsMax(model));
    common(f, model);
  }

  void addVocals(Fields f) throws BadInput {
    url(f, "uploadUrl");
    callback(f);
    f.required("title");
    Fields.maxLength("style", f.required("style"), 1000);
    Fields.maxLength("negativeTags", f.required("negativeTags"), 200);
    if (limits.addVocalsNeedsPrompt()) f.required("prompt");
    String model = f.optional("model") == null ? null : model(f, "model", limits.addModels());
    common(f, model);
  }

  void addInstrumental(Fields f) throws BadInput {
    url(f, "uploadUrl");
    callback(f);
    f.required("title");
    Fields.maxLength("tags", f.required("tags"), 1000);
    Fields.maxLength("negativeTags", f.required("negativeTags"), 200);
    String model = f.optional("model") == null ? null : model(f, "model", limits.addModels());
    common(f, model);
  }

  /** The two forms of the docs' {@code oneOf}: a task and track, or an upload and model; never a mix. */
  void replaceSection(Fields f) throws BadInput {
    boolean trackForm = f.optional("taskId") != null || f.optional("audioId") != null;
    String model = null;
    if (trackForm) {
      f.required("taskId");
      f.required("audioId");
      if (f.optional("uploadUrl") != null || f.optional("model") != null) {
        throw BadInput.invalid("uploadUrl and model must not be set together with taskId and audioId");
      }
    } else {
      url(f, "uploadUrl");
      model = model(f, "model", limits.coverModels());
    }
    f.required("prompt");
    f.required("tags");
    f.required("title");
    f.required("fullLyrics");
    Double start = requiredNumber(f, "infillStartS");
    Double end = requiredNumber(f, "infillEndS");
    if (start < 0) throw BadInput.invalid("infillStartS must be at least 0");
    if (end - start < MIN_WINDOW_SECONDS) {
      throw BadInput.invalid("infillEndS must be at least " + MIN_WINDOW_SECONDS + " seconds after infillStartS");
    }
    common(f, model);
  }

  void mashup(Fields f) throws BadInput {
    Object urls = f.body().get("uploadUrlList");
    if (!(urls instanceof List<?> list) || list.size() != 2) {
      throw BadInput.invalid("uploadUrlList must contain exactly 2 URLs");
    }
    for (Object url : (List<?>) urls) {
      if (!(url instanceof String text) || !(text.startsWith("http://") || text.startsWith("https://"))) {
        throw BadInput.invalid("uploadUrlList must contain http or https URLs");
      }
    }
    callback(f);
    String model = model(f, "model", limits.coverModels());
    Boolean customMode = limits.customModeRequired() ? (Boolean) f.requiredBoolean("customMode")
        : f.optionalBoolean("customMode", "customMode must be a boolean");
    if (limits.mashupNeedsStyleAndTitle()) {
      f.required("style");
      f.required("title");
    }
    boolean instrumental = Boolean.TRUE.equals(f.optionalBoolean("instrumental", "instrumental must be a boolean"));
    songText(f, model, customMode, instrumental, false, 80);
    common(f, model);
  }

  void sounds(Fields f) throws BadInput {
    Fields.maxLength("prompt", f.required("prompt"), 500);
    model(f, "model", limits.soundModels());
    f.optionalBoolean("soundLoop", "soundLoop must be a boolean");
    f.optionalBoolean("grabLyrics", "grabLyrics must be a boolean");
    Double tempo = f.optionalNumber("soundTempo");
    if (tempo != null && (tempo < 1 || tempo > 300 || tempo != Math.floor(tempo))) {
      throw BadInput.invalid("soundTempo must be an integer from 1 to 300");
    }
    String key = f.optional("soundKey");
    if (key != null && !KEYS.contains(key) && !(limits.soundKeyAny() && key.equals("Any"))) {
      throw BadInput.invalid("soundKey must be one of " + KEYS + (limits.soundKeyAny() ? " or Any" : ""));
    }
  }

  /** Custom mode needs style and title (and lyrics unless instrumental); non-custom prompts are at most 500. */
  private void songText(Fields f, String model, Boolean customMode, boolean instrumental, boolean needsTitle,
      int titleCap) throws BadInput {
    String lyrics = f.optional("lyrics");
    if (customMode != null && !customMode) {
      Fields.maxLength("prompt", f.required("prompt"), FamilyRules.DESCRIPTION_MAX);
      return;
    }
    if (needsTitle) {
      f.required("style");
      f.required("title");
      if (!instrumental && lyrics == null) f.required("prompt");
    }
    Fields.maxLength("style", f.optional("style"), styleMax(model));
    Fields.maxLength("title", f.optional("title"), Math.min(titleCap, titleMax(model)));
    Fields.maxLength("prompt", f.optional("prompt"), lyricsMax(model));
  }

  /** The optional fields most routes share: voice, weights, persona, and the sixth generation's additions. */
  void common(Fields f, String model) throws BadInput {
    String gender = f.optional("vocalGender");
    if (gender != null && !gender.equals("m") && !gender.equals("f")) {
      throw BadInput.invalid("vocalGender must be m or f");
    }
    f.weight("styleWeight");
    f.weight("weirdnessConstraint");
    f.weight("audioWeight");
    String personaModel = f.optional("personaModel");
    if (personaModel != null) {
      if (!personaModel.equals("style_persona") && !personaModel.equals("voice_persona")) {
        throw BadInput.invalid("personaModel must be style_persona or voice_persona");
      }
      // kie's text limits personaModel to V5 and V5_5, yet its own examples send style_persona with V4: only the
      // voice persona, which needs the newer models, is refused on the others.
      if (personaModel.equals("voice_persona") && !limits.personaVoiceModels().isEmpty()
          && !limits.personaVoiceModels().contains(model)) {
        throw BadInput.invalid("personaModel voice_persona is only available for " + limits.personaVoiceModels());
      }
    }
    Double duration = f.optionalNumber("duration");
    if (duration != null) {
      if (!limits.durationModels().contains(model)) {
        throw BadInput.invalid("duration is only available for " + limits.durationModels());
      }
      if (duration < 10 || duration > 360 || duration != Math.floor(duration)) {
        throw BadInput.invalid("duration must be an integer from 10 to 360");
      }
    }
    Double variety = f.optionalNumber("variety");
    String lyrics = f.optional("lyrics");
    if (!limits.sixthGenerationFields() && (variety != null || lyrics != null)) {
      throw BadInput.invalid((variety != null ? "variety" : "lyrics") + " is not a field of this endpoint");
    }
    if (variety != null && (variety < 0 || variety > 4 || variety != Math.floor(variety))) {
      throw BadInput.invalid("variety must be an integer from 0 to 4");
    }
    Fields.maxLength("lyrics", lyrics, 5000);
  }

  /** Checks the request with the rules of {@code kind}'s route. */
  void check(TaskKind kind, Fields fields) throws BadInput {
    switch (kind) {
      case UPLOAD_COVER -> uploadCover(fields);
      case UPLOAD_EXTEND -> uploadExtend(fields);
      case ADD_VOCALS -> addVocals(fields);
      case ADD_INSTRUMENTAL -> addInstrumental(fields);
      case REPLACE_SECTION -> replaceSection(fields);
      case MASHUP -> mashup(fields);
      case SOUNDS -> sounds(fields);
      default -> throw new IllegalStateException("not a music-from-audio kind: " + kind);
    }
  }

  private void callback(Fields f) throws BadInput {
    if (limits.callbackRequired()) {
      f.required("callBackUrl");
    } else {
      f.optional("callBackUrl");
    }
  }

  private static void url(Fields f, String name) throws BadInput {
    String url = f.required(name);
    if (!url.startsWith("http://") && !url.startsWith("https://")) throw BadInput.invalid(name + " must be a URL");
  }

  private static String model(Fields f, String name, List<String> allowed) throws BadInput {
    String model = f.required(name);
    if (!allowed.contains(model)) throw BadInput.invalid(name + " must be one of " + allowed);
    return model;
  }

  private static Double requiredNumber(Fields f, String name) throws BadInput {
    Double value = f.optionalNumber(name);
    if (value == null) throw BadInput.invalid(name + " is required");
    return value;
  }

  private static int styleMax(String model) {
    return SHORT_MODELS.contains(model) ? 200 : 1000;
  }

  private static int lyricsMax(String model) {
    return SHORT_MODELS.contains(model) ? 3000 : 5000;
  }

  private static int titleMax(String model) {
    return SHORT_MODELS.contains(model) || "V4_5ALL".equals(model) ? 80 : 100;
  }
}
