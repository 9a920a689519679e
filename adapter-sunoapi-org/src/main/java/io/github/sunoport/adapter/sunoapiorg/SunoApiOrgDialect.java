package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoDialect;
import io.github.sunoport.adapter.recordinfo.AudioDialect;
import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * What sunoapi.org does differently from kie.ai (https://docs.sunoapi.org/suno-api/generate-lyrics,
 * https://docs.sunoapi.org/suno-api/get-remaining-credits).
 */
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

  /**
   * sunoapi.org's V6-era pages default to V6 and list V6_WILD and V6_MINI, with V4 to V5_5 deprecated but accepted;
   * its older examples still use V3_5.
   */
  private static final List<SunoModel> MODELS = List.of(SunoModel.V3_5, SunoModel.V4, SunoModel.V4_5,
      SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI,
      SunoModel.V6_WILD);

  private static final Set<SunoModel> V6 = Set.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);

  /**
   * sunoapi.org's V6-era music-from-audio pages (listed in https://docs.sunoapi.org/llms.txt): upload-cover and mashup
   * always custom with the V6 models (no {@code customMode}), {@code lyrics} and {@code variety} with them,
   * {@code duration} with V5_5 and V6; upload-extend is only documented for the older generation (V4 to V5). Its upload
   * host is only named by third-party clients (sunoapiorg.redpandaai.co); files stay 3 days; it has no download links.
   */
  private static final AudioDialect AUDIO = new AudioDialect(
      List.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD, SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS,
          SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5),
      List.of(SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5),
      List.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD, SunoModel.V4_5_PLUS, SunoModel.V5, SunoModel.V5_5),
      List.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD, SunoModel.V5, SunoModel.V5_5),
      V6, V6, Set.of(SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD),
      Set.of(SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD), false, false, false,
      true, false, URI.create("https://sunoapiorg.redpandaai.co/"), Duration.ofDays(3), null);

  SunoApiOrgDialect() {
    super(ID, URI.create("https://api.sunoapi.org/"), "api/v1/generate/credit", CODES, MODELS);
  }

  @Override
  public Optional<AudioDialect> audio() {
    return Optional.of(AUDIO);
  }

  /**
   * sunoapi.org keeps WAV files 15 days (https://docs.sunoapi.org/suno-api/convert-to-wav-format) and cover images
   * 14 (https://docs.sunoapi.org/suno-api/cover-suno); for stems it says only that links expire, and for videos
   * nothing.
   */
  @Override
  public Optional<Duration> linkLifetime(DerivedKind kind) {
    return switch (kind) {
      case WAV -> Optional.of(Duration.ofDays(15));
      case COVER_IMAGE -> Optional.of(Duration.ofDays(14));
      default -> Optional.empty();
    };
  }

  /** V4 and V4_5ALL allow 80 characters, V4_5, V4_5PLUS and V5 allow 100. */
  @Override
  public int titleLimit(SunoModel model) {
    return model.equals(SunoModel.V4_5) || model.equals(SunoModel.V4_5_PLUS) || model.equals(SunoModel.V5) ? 100 : 80;
  }
}
