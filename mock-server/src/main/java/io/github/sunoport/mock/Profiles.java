package io.github.sunoport.mock;

import io.github.sunoport.mock.Profile.Answer;
import io.github.sunoport.mock.Profile.AuthTexts;
import io.github.sunoport.mock.Profile.CallbackStyle;
import io.github.sunoport.mock.Profile.Validation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The providers the mock replays, each declared once. kie.ai and sunoapi.org share their paths, envelope and task
 * records (their docs are near copies, e.g. https://docs.kie.ai/suno-api/generate-lyrics-callbacks and
 * https://docs.sunoapi.org/suno-api/generate-lyrics-callbacks) and differ in codes, wording, models, limits, the
 * credits path and the callback shape; sunoapi.com is a dialect of its own. A new provider is one more declaration here
 * plus its resources under {@code sunoport-mock/<id>/}.
 */
final class Profiles {
  static final Profile KIE = new Profile("kie", Envelope.MSG_IN_HTTP_200,
      Map.of("unauthorized", Answer.code(401), "credits", Answer.code(402), "rate-limited", Answer.code(429),
          "frequency", Answer.code(430), "prompt-too-long", Answer.code(413), "maintenance", Answer.code(455),
          "server-error", Answer.code(500), "not-found", new Answer(404, "Task not found"),
          // The platform limiter answers a real HTTP 429 (kie getting-started page); the body code is our choice.
          "http-429", Answer.code(429)),
      // 413 "Theme or prompt too long" is only on kie's Generate Lyrics page; its other pages answer 422.
      new Validation(422, 422, Map.of("lyrics", 413), true),
      AuthTexts.TABLE,
      404,
      // The legacy tree, and the Market API's two routes beside it (https://docs.kie.ai/market/common/get-task-detail).
      concat(FamilyApi.operations("/api/v1/chat/credit", FamilyLimits.KIE, true), AudioApi.operations(AudioLimits.KIE),
          FilesApi.operations(FilesApi.UploadShape.KIE_QUICKSTART, true), MarketRoutes.operations()),
      new CallbackStyle(KieCallbacks.INSTANCE, CallbackSigner.TASK_ID_HMAC));

  static final Profile SUNOAPI_ORG = new Profile("sunoapi-org", Envelope.MSG_IN_HTTP_200,
      Map.of("unauthorized", Answer.code(401), "credits", Answer.code(429), "rate-limited", Answer.code(405),
          "frequency", Answer.code(430), "prompt-too-long", Answer.code(413), "maintenance", Answer.code(455),
          "server-error", Answer.code(500), "not-found", new Answer(404, "Task not found"),
          "http-429", Answer.code(430)),
      // 413 "Theme or prompt too long" is on every sunoapi.org page.
      new Validation(400, 413, Map.of(), true),
      AuthTexts.TABLE,
      404,
      concat(FamilyApi.operations("/api/v1/generate/credit", FamilyLimits.SUNOAPI_ORG, false),
          AudioApi.operations(AudioLimits.SUNOAPI_ORG), FilesApi.operations(FilesApi.UploadShape.ENDPOINT_PAGES, false)),
      new CallbackStyle(FamilyCallbacks.SUNOAPI_ORG, CallbackSigner.NONE));

  /**
   * Wording from https://docs.sunoapi.com/ai-music-api-error-handling-guide and its twin
   * https://docs.musicapi.ai/error-handling; the "wrong key" message and the 404/429/500/503 texts are inferred.
   */
  static final Profile SUNOAPI_COM = new Profile("sunoapi-com", new Envelope("message", true, true),
      Map.of("unauthorized", Answer.code(401), "credits", Answer.code(403), "rate-limited", Answer.code(429),
          "frequency", Answer.code(429),
          "prompt-too-long", new Answer(400, "The prompt character length should be less than 3000."),
          "maintenance", Answer.code(503), "server-error", Answer.code(500),
          "not-found", new Answer(400, "task not found."), "http-429", Answer.code(429)),
      new Validation(400, 400, Map.of(), false),
      new AuthTexts("Authorization header is missing.", "Invalid authorization format.", "Invalid API key."),
      405,
      ComApi.operations(),
      new CallbackStyle(ComCallbacks.INSTANCE, CallbackSigner.BODY_HMAC));

  static final List<Profile> ALL = List.of(KIE, SUNOAPI_ORG, SUNOAPI_COM);

  private Profiles() {}

  @SafeVarargs
  private static List<Operation> concat(List<Operation>... lists) {
    List<Operation> all = new java.util.ArrayList<>();
    for (List<Operation> list : lists) all.addAll(list);
    return all;
  }

  /** The profile with this id, or null. */
  static Profile find(String id) {
    for (Profile profile : ALL) {
      if (profile.id().equals(id)) return profile;
    }
    return null;
  }

  /** @throws IllegalArgumentException for an unknown id, listing the known ones */
  static Profile of(String id) {
    Profile profile = find(id);
    if (profile == null) throw new IllegalArgumentException("Unknown provider '" + id + "'; known: " + ids());
    return profile;
  }

  static String ids() {
    return ALL.stream().map(Profile::id).collect(Collectors.joining(", "));
  }
}
