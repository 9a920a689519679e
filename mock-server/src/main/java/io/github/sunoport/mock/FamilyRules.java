package io.github.sunoport.mock;

import java.util.Set;

/**
 * Request checks of kie.ai and sunoapi.org (https://docs.kie.ai/old-model/suno-api/generate-music,
 * https://docs.sunoapi.org/suno-api/generate-lyrics and their sibling pages).
 */
final class FamilyRules {
  private static final Set<String> SHORT_MODELS = Set.of("V3_5", "V4");
  static final int LYRICS_PROMPT_MAX = 200;
  static final int DESCRIPTION_MAX = 500;

  private final FamilyLimits limits;

  FamilyRules(FamilyLimits limits) {
    this.limits = limits;
  }

  void lyrics(Fields f) throws BadInput {
    // kie says "200 characters", sunoapi.org "200 words": characters is the safe reading of both.
    Fields.maxLength("prompt", f.required("prompt"), LYRICS_PROMPT_MAX);
    f.required("callBackUrl");
  }

  void generate(Fields f) throws BadInput {
    boolean customMode = f.requiredBoolean("customMode");
    boolean instrumental = f.requiredBoolean("instrumental");
    String model = model(f);
    f.required("callBackUrl");
    String prompt = f.optional("prompt");
    if (customMode) {
      Fields.maxLength("style", f.required("style"), SHORT_MODELS.contains(model) ? 200 : 1000);
      Fields.maxLength("title", f.required("title"), titleMax(model, false));
      if (!instrumental) f.required("prompt");
      Fields.maxLength("prompt", prompt, SHORT_MODELS.contains(model) ? 3000 : 5000);
    } else {
      Fields.maxLength("prompt", f.required("prompt"), DESCRIPTION_MAX);
    }
    tuning(f);
  }

  void extend(Fields f) throws BadInput {
    boolean custom = f.requiredBoolean("defaultParamFlag");
    f.required("audioId");
    String model = model(f);
    f.required("callBackUrl");
    String prompt = limits.extendPromptAlwaysRequired() || custom ? f.required("prompt") : f.optional("prompt");
    if (custom) {
      Fields.maxLength("style", f.required("style"), SHORT_MODELS.contains(model) ? 200 : 1000);
      Fields.maxLength("title", f.required("title"), titleMax(model, true));
      Double continueAt = f.optionalNumber("continueAt");
      if (continueAt == null) throw BadInput.invalid("continueAt is required");
      if (continueAt <= 0) throw BadInput.invalid("continueAt must be greater than 0");
    }
    Fields.maxLength("prompt", prompt, SHORT_MODELS.contains(model) ? 3000 : 5000);
    tuning(f);
  }

  void timestamped(Fields f) throws BadInput {
    f.required("taskId");
    f.required("audioId");
  }

  private String model(Fields f) throws BadInput {
    String model = f.required("model");
    if (!limits.models().contains(model)) throw BadInput.invalid("model must be one of " + limits.models());
    return model;
  }

  private int titleMax(String model, boolean extend) {
    if (limits.generateTitleMax() > 0 && !extend) return limits.generateTitleMax();
    return SHORT_MODELS.contains(model) || model.equals("V4_5ALL") ? 80 : 100;
  }

  private static void tuning(Fields f) throws BadInput {
    String gender = f.optional("vocalGender");
    if (gender != null && !gender.equals("m") && !gender.equals("f")) {
      throw BadInput.invalid("vocalGender must be m or f");
    }
    f.weight("styleWeight");
    f.weight("weirdnessConstraint");
    f.weight("audioWeight");
  }
}
