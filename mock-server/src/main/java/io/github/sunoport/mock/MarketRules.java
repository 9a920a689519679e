package io.github.sunoport.mock;

import java.util.List;
import java.util.Map;

/**
 * Request checks of kie.ai's Market routes (derived from third-party readings of kie's OpenAPI, October 2026:
 * the outer {@code model} names the operation, {@code input} is snake_case, {@code input.model} is the Suno version).
 * The legacy limits ({@link FamilyRules}) carry over under their snake_case names; the voice, weights, persona and
 * V6 fields ({@code lyrics}, {@code variety}, {@code duration}) are checked by {@link AudioRules#common} on the input
 * renamed to camelCase.
 */
final class MarketRules {
  static final String GENERATE = "ai-music-api/generate";
  static final String EXTEND = "ai-music-api/extend";
  static final String LYRICS = "ai-music-api/generate-lyrics";
  static final String TIMESTAMPED = "ai-music-api/timeStamped-lyrics";
  /** The music-from-audio models and the task each creates; checked by {@link AudioRules} on camelCase names. */
  static final Map<String, TaskKind> AUDIO = Map.of(
      "ai-music-api/upload-and-cover-audio", TaskKind.UPLOAD_COVER,
      "ai-music-api/upload-and-extend-audio", TaskKind.UPLOAD_EXTEND,
      "ai-music-api/add-vocals", TaskKind.ADD_VOCALS,
      "ai-music-api/add-instrumental", TaskKind.ADD_INSTRUMENTAL,
      "ai-music-api/replace-section", TaskKind.REPLACE_SECTION,
      "ai-music-api/mashup", TaskKind.MASHUP,
      "ai-music-api/sounds", TaskKind.SOUNDS);
  /**
   * The derived models and the task each creates, checked by {@link DerivedApi} on camelCase names; persona and
   * style boost answer at once.
   */
  static final Map<String, TaskKind> DERIVED = Map.of(
      "ai-music-api/convert-to-wav-format", TaskKind.WAV,
      "ai-music-api/separate-vocals", TaskKind.STEMS,
      "ai-music-api/generate-midi-from-audio", TaskKind.MIDI,
      "ai-music-api/create-music-video", TaskKind.VIDEO,
      "ai-music-api/cover-generate", TaskKind.COVER_IMAGE);
  static final String PERSONA = "ai-music-api/generate-persona";
  static final String STYLE = "ai-music-api/boost-music-style";
  static final List<String> OPERATIONS = operations();
  /** {@code input.model} of Market's generate: V4 to V5_5 and the V6 family (no V3_5). */
  static final List<String> MODELS =
      List.of("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD");
  private static final List<String> SHORT_MODELS = List.of("V4");
  private static final int TITLE_MAX = 80;

  private MarketRules() {}

  private static List<String> operations() {
    List<String> all = new java.util.ArrayList<>(List.of(GENERATE, EXTEND, LYRICS, TIMESTAMPED));
    all.addAll(new java.util.TreeSet<>(AUDIO.keySet()));
    all.addAll(new java.util.TreeSet<>(DERIVED.keySet()));
    all.add(PERSONA);
    all.add(STYLE);
    return List.copyOf(all);
  }

  /**
   * The outer model id. A Suno version there is the mistake a third party made (a 422); the answer says where the
   * version goes.
   */
  static String operation(Fields body) throws BadInput {
    String model = body.required("model");
    if (MODELS.contains(model)) {
      throw BadInput.invalid("model must be a Market model id such as " + GENERATE + "; the Suno version " + model
          + " goes in input.model");
    }
    if (!OPERATIONS.contains(model)) throw BadInput.invalid("model must be one of " + OPERATIONS);
    body.optional("callBackUrl");
    return model;
  }

  @SuppressWarnings("unchecked")
  static Fields input(Fields body) throws BadInput {
    Object input = body.body().get("input");
    if (!(input instanceof Map)) throw BadInput.invalid("input is required and must be an object");
    return new Fields((Map<String, Object>) input);
  }

  static void check(String operation, Fields f) throws BadInput {
    switch (operation) {
      case GENERATE -> generate(f);
      case EXTEND -> extend(f);
      case LYRICS -> Fields.maxLength("prompt", f.required("prompt"), FamilyRules.LYRICS_PROMPT_MAX);
      default -> {
        f.required("task_id");
        f.required("audio_id");
      }
    }
  }

  private static void generate(Fields f) throws BadInput {
    boolean customMode = f.requiredBoolean("custom_mode");
    boolean instrumental = f.requiredBoolean("instrumental");
    String model = model(f);
    String prompt = f.optional("prompt");
    if (customMode) {
      Fields.maxLength("style", f.required("style"), SHORT_MODELS.contains(model) ? 200 : 1000);
      Fields.maxLength("title", f.required("title"), TITLE_MAX);
      if (!instrumental) f.required("prompt");
      Fields.maxLength("prompt", prompt, SHORT_MODELS.contains(model) ? 3000 : 5000);
    } else {
      Fields.maxLength("prompt", f.required("prompt"), FamilyRules.DESCRIPTION_MAX);
      if (f.body().get("duration") != null) throw BadInput.invalid("duration is only taken in custom mode");
    }
  }

  private static void extend(Fields f) throws BadInput {
    f.required("audio_id");
    String model = model(f);
    Boolean custom = f.optionalBoolean("default_param_flag", "default_param_flag must be a boolean");
    String prompt = Boolean.TRUE.equals(custom) ? f.required("prompt") : f.optional("prompt");
    if (Boolean.TRUE.equals(custom)) {
      Fields.maxLength("style", f.required("style"), SHORT_MODELS.contains(model) ? 200 : 1000);
      Fields.maxLength("title", f.required("title"), TITLE_MAX);
      Double continueAt = f.optionalNumber("continue_at");
      if (continueAt == null) throw BadInput.invalid("continue_at is required");
      if (continueAt <= 0) throw BadInput.invalid("continue_at must be greater than 0");
    }
    Fields.maxLength("prompt", prompt, SHORT_MODELS.contains(model) ? 3000 : 5000);
  }

  private static String model(Fields f) throws BadInput {
    String model = f.required("model");
    if (!MODELS.contains(model)) throw BadInput.invalid("input.model must be one of " + MODELS);
    return model;
  }
}
