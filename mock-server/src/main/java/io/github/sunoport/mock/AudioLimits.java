package io.github.sunoport.mock;

import java.util.List;
import java.util.Set;

/**
 * What kie.ai and sunoapi.org validate differently on the music-from-audio routes (the pages listed in
 * https://docs.kie.ai/llms.txt and https://docs.sunoapi.org/llms.txt): kie.ai follows its August-2026 schemas (V4…V5_5,
 * {@code customMode} required), sunoapi.org its V6-era pages (V6 models, always custom mode on upload-cover and mashup,
 * {@code variety}, {@code lyrics}, {@code duration} on more models).
 *
 * @param coverModels the models of upload-cover, upload-extend, replace-section (upload form) and mashup
 * @param addModels the models add-vocals and add-instrumental accept (optional there)
 * @param soundModels the models of sounds
 * @param customModeRequired upload-cover and mashup require {@code customMode} (else it is optional, older form)
 * @param mashupNeedsStyleAndTitle mashup requires {@code style} and {@code title}
 * @param addVocalsNeedsPrompt add-vocals requires {@code prompt}
 * @param uploadExtendNeedsContinueAt upload-extend requires {@code continueAt} in every form
 * @param durationModels the models for which {@code duration} may be sent
 * @param personaVoiceModels the models for which {@code personaModel: voice_persona} may be sent, empty for any
 * @param soundKeyAny {@code soundKey} may be {@code Any}
 * @param sixthGenerationFields {@code variety} and {@code lyrics} are fields
 * @param callbackRequired every route but sounds and replace-section requires {@code callBackUrl}
 */
record AudioLimits(List<String> coverModels, List<String> addModels, List<String> soundModels,
    boolean customModeRequired, boolean mashupNeedsStyleAndTitle, boolean addVocalsNeedsPrompt,
    boolean uploadExtendNeedsContinueAt, Set<String> durationModels, Set<String> personaVoiceModels,
    boolean soundKeyAny, boolean sixthGenerationFields, boolean callbackRequired) {

  static final AudioLimits KIE = new AudioLimits(
      List.of("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"), List.of("V4_5PLUS", "V5", "V5_5"),
      List.of("V5", "V5_5"), true, true, true, true, Set.of("V5_5"), Set.of("V5", "V5_5"),
      // "Any" is the documented default but missing from kie's enum; inferred: send it or omit it.
      true, false, true);

  static final AudioLimits SUNOAPI_ORG = new AudioLimits(
      List.of("V6", "V6_WILD", "V6_MINI", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"),
      List.of("V6", "V6_WILD", "V6_MINI", "V4_5PLUS", "V5", "V5_5"),
      List.of("V6", "V6_WILD", "V6_MINI", "V5", "V5_5"), false, false, false, false,
      Set.of("V5_5", "V6", "V6_WILD", "V6_MINI"), Set.of(), true, true, true);

  /**
   * kie.ai's Market models (third-party readings of kie's Suno OpenAPI, October 2026; checked on the input renamed
   * to camelCase): the generate models on the upload operations, the V6 family added elsewhere, {@code customMode}
   * optional, style and title required on mashup, no required prompt on add-vocals or {@code continueAt} on
   * upload-extend, and the callback URL optional everywhere.
   */
  static final AudioLimits MARKET = new AudioLimits(
      List.of("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD"),
      List.of("V4_5PLUS", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD"), List.of("V5", "V5_5", "V6", "V6_MINI", "V6_WILD"),
      false, true, false, false, Set.of("V5_5", "V6", "V6_MINI", "V6_WILD"),
      Set.of("V5", "V5_5", "V6", "V6_MINI", "V6_WILD"), true, true, false);
}
