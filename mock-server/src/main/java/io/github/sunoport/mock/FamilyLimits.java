package io.github.sunoport.mock;

import java.util.List;

/**
 * What kie.ai and sunoapi.org validate differently on the routes they share.
 *
 * @param models the accepted {@code model} values
 * @param extendPromptAlwaysRequired extend requires {@code prompt} even without custom parameters
 * @param generateTitleMax the title limit of a generate call, or 0 to follow the model (80 or 100)
 */
record FamilyLimits(List<String> models, boolean extendPromptAlwaysRequired, int generateTitleMax) {
  /** V3_5 is legacy but still in the quickstart; V5_5 is kie-only. kie's apidog schema requires extend's prompt. */
  static final FamilyLimits KIE = new FamilyLimits(
      List.of("V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"), true, 80);
  static final FamilyLimits SUNOAPI_ORG = new FamilyLimits(
      List.of("V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5"), false, 0);
}
