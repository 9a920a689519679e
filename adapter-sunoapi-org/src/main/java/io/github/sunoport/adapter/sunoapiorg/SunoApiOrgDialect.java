package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoDialect;
import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** What sunoapi.org does differently from kie.ai (reference/providers.md §2, §4 and §5.1). */
final class SunoApiOrgDialect extends AbstractRecordInfoDialect {
  static final ProviderId ID = ProviderId.of("sunoapi-org");

  /**
   * sunoapi.org's shared {@code ApiResponse} codes: 429 is a lack of credits and 405/430 are rate limits. Its cover
   * page uses 429 for a rate limit too; the shared schema is followed, since credits questions are the costlier
   * mistake to hide behind a retry.
   */
  private static final Map<Integer, ErrorKind> CODES = Map.ofEntries(
      Map.entry(400, ErrorKind.INVALID_REQUEST),
      Map.entry(401, ErrorKind.AUTHENTICATION),
      Map.entry(402, ErrorKind.INSUFFICIENT_CREDITS),
      Map.entry(404, ErrorKind.TASK_NOT_FOUND),
      Map.entry(405, ErrorKind.RATE_LIMITED),
      Map.entry(409, ErrorKind.INVALID_REQUEST),
      Map.entry(413, ErrorKind.PROMPT_TOO_LONG),
      Map.entry(422, ErrorKind.INVALID_REQUEST),
      Map.entry(429, ErrorKind.INSUFFICIENT_CREDITS),
      Map.entry(430, ErrorKind.RATE_LIMITED),
      Map.entry(451, ErrorKind.FILE_FETCH_FAILED),
      Map.entry(455, ErrorKind.MAINTENANCE),
      Map.entry(500, ErrorKind.SERVER_ERROR));

  /** sunoapi.org documents V4 to V5; its older examples still use V3_5. It has no V5_5. */
  private static final List<SunoModel> MODELS = List.of(SunoModel.V3_5, SunoModel.V4, SunoModel.V4_5,
      SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5);

  SunoApiOrgDialect() {
    super(ID, URI.create("https://api.sunoapi.org/"), "api/v1/generate/credit", CODES, MODELS);
  }

  /** V4 and V4_5ALL allow 80 characters, V4_5, V4_5PLUS and V5 allow 100. */
  @Override
  public int titleLimit(SunoModel model) {
    return model.equals(SunoModel.V4_5) || model.equals(SunoModel.V4_5_PLUS) || model.equals(SunoModel.V5) ? 100 : 80;
  }
}
