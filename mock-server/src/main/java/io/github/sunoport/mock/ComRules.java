package io.github.sunoport.mock;

import java.util.List;

/**
 * sunoapi.com request checks. Messages in quotes in https://docs.sunoapi.com/ai-music-api-error-handling-guide are used
 * verbatim; the others (marked inferred) follow the same pattern. "less than N" is read literally: N characters are
 * refused.
 */
final class ComRules {
  static final List<String> MODELS = List.of("chirp-v3-5", "chirp-v4", "chirp-v4-5");
  static final List<String> TASK_TYPES = List.of("create_music", "extend_music", "concat_music", "cover_music",
      "cover_upload_music", "extend_upload_music", "persona_music");

  private static final List<String> CLIP_TASK_TYPES = List.of("concat_music", "cover_music", "cover_upload_music",
      "extend_upload_music");

  private ComRules() {}

  static void makeLyrics(Fields f) throws BadInput {
    String prompt = f.optional("prompt");
    if (prompt == null || prompt.isBlank()) throw BadInput.invalid("The 'prompt' field is required."); // inferred
    lessThan(prompt, 200, "The prompt character length should be less than 200."); // inferred
  }

  /** @return true when the request extends a clip */
  static boolean create(Fields f) throws BadInput {
    Boolean custom = f.optionalBoolean("custom_mode", "The 'custom_mode' field should be boolean.");
    f.optionalBoolean("make_instrumental", "The 'make_instrumental' field should be boolean.");
    String mv = f.optional("mv");
    if (mv != null && !MODELS.contains(mv)) {
      throw BadInput.invalid("The 'mv' field is invalid. The model should be 'chirp-v3-5','chirp-v4' or 'chirp-v4-5'.");
    }
    String taskType = f.optional("task_type");
    if (taskType != null && !TASK_TYPES.contains(taskType)) throw BadInput.invalid("The 'task_type' field is invalid.");
    if ("persona_music".equals(taskType) && blank(f.optional("persona_id"))) {
      throw BadInput.invalid("The 'persona_id' field is required when task_type = persona_music.");
    }
    boolean extend = "extend_music".equals(taskType) || !blank(f.optional("continue_clip_id"));
    if (extend && blank(f.optional("continue_clip_id"))) {
      throw BadInput.invalid("The 'continue_clip_id' field is required when task_type = extend_music."); // inferred
    }
    // Every task type but create_music and persona_music works on a clip (https://docs.sunoapi.com/concat-suno-music,
    // https://docs.musicapi.ai/special-scenarios).
    if (taskType != null && CLIP_TASK_TYPES.contains(taskType) && blank(f.optional("continue_clip_id"))) {
      throw BadInput.invalid("The 'continue_clip_id' field is required when task_type = " + taskType + "."); // inferred
    }
    Double audioWeight = f.optionalNumber("audio_weight");
    if (audioWeight != null && (audioWeight < 0 || audioWeight > 1)) {
      throw BadInput.invalid("The 'audio_weight' field should be between 0 and 1."); // inferred
    }
    String prompt = f.optional("prompt");
    if (Boolean.TRUE.equals(custom) && !"concat_music".equals(taskType)) {
      if (blank(prompt)) throw BadInput.invalid("The 'prompt' field is required when custom_mode is true."); // inferred
      lessThan(prompt, 3000, "The prompt character length should be less than 3000.");
    } else {
      String description = f.optional("gpt_description_prompt");
      if (blank(prompt) && blank(description) && !extend) {
        throw BadInput.invalid("The 'gpt_description_prompt' field is required when custom_mode is false."); // inferred
      }
      lessThan(description, 200, "The 'gpt_description_prompt' character length should be less than 200.");
      lessThan(prompt, 200, "The prompt character length should be less than 200."); // v1 description, inferred
    }
    lessThan(f.optional("tags"), 200, "The tags character length should be less than 200.");
    lessThan(f.optional("title"), 80, "The title character length should be less than 80.");
    return extend;
  }

  private static void lessThan(String value, int limit, String message) throws BadInput {
    if (value != null && value.codePointCount(0, value.length()) >= limit) throw BadInput.tooLong(message);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
