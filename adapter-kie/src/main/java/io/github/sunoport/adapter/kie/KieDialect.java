package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoDialect;
import io.github.sunoport.adapter.recordinfo.AudioDialect;
import io.github.sunoport.adapter.recordinfo.CallbackVerifier;
import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kie.ai does differently from sunoapi.org (https://docs.kie.ai/suno-api/quickstart,
 * https://docs.kie.ai/common-api/get-account-credits).
 */
final class KieDialect extends AbstractRecordInfoDialect {
  static final ProviderId ID = ProviderId.of("kie");

  /**
   * kie.ai's body codes. Its pages disagree on 429: most say rate limited (and the platform answers HTTP 429 when
   * more than 20 generations are asked in 10 s), only the lyrics page copies sunoapi.org's "insufficient credits";
   * credits are 402 everywhere else, so 429 is read as a rate limit.
   */
  static final Map<Integer, ErrorKind> CODES = Map.ofEntries(
      Map.entry(400, ErrorKind.CONTENT_REJECTED),
      Map.entry(401, ErrorKind.AUTHENTICATION),
      Map.entry(402, ErrorKind.INSUFFICIENT_CREDITS),
      Map.entry(404, ErrorKind.TASK_NOT_FOUND),
      Map.entry(405, ErrorKind.RATE_LIMITED),
      Map.entry(408, ErrorKind.SERVER_ERROR),
      Map.entry(409, ErrorKind.INVALID_REQUEST),
      Map.entry(413, ErrorKind.PROMPT_TOO_LONG),
      Map.entry(422, ErrorKind.INVALID_REQUEST),
      Map.entry(429, ErrorKind.RATE_LIMITED),
      Map.entry(430, ErrorKind.RATE_LIMITED),
      Map.entry(451, ErrorKind.FILE_FETCH_FAILED),
      Map.entry(455, ErrorKind.MAINTENANCE),
      Map.entry(500, ErrorKind.SERVER_ERROR),
      Map.entry(501, ErrorKind.SERVER_ERROR),
      Map.entry(505, ErrorKind.INVALID_REQUEST),
      Map.entry(531, ErrorKind.SERVER_ERROR));

  /** kie.ai's current docs list V4 to V5_5; V3_5 is still documented as the quickstart's default. */
  private static final List<SunoModel> MODELS = List.of(SunoModel.V3_5, SunoModel.V4, SunoModel.V4_5,
      SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5);

  KieDialect() {
    super(ID, URI.create("https://api.kie.ai/"), "api/v1/chat/credit", CODES, MODELS);
  }

  /**
   * kie.ai signs callbacks when a webhook HMAC key is switched on in its console
   * (https://docs.kie.ai/common-api/webhook-verification). With {@link ProviderSettings#webhookKey()} set, every
   * callback must carry a valid signature within {@link ProviderSettings#webhookTolerance()}; without it, callbacks are
   * not verified.
   */
  @Override
  public Optional<CallbackVerifier> callbackVerifier(ProviderSettings settings) {
    return settings.webhookKey()
        .map(key -> new KieWebhookVerifier(key, settings.webhookTolerance(), Clock.systemUTC()));
  }

  /** kie.ai's upload host (https://docs.kie.ai/file-upload-api/quickstart), shared by both of its routes. */
  static final URI UPLOAD_HOST = URI.create("https://kieai.redpandaai.co/");
  /** Uploaded files are kept 3 days (https://docs.kie.ai/file-upload-api). */
  static final Duration UPLOAD_RETENTION = Duration.ofDays(3);
  /** A temporary download link works 20 minutes (https://docs.kie.ai/common-api/download-url). */
  static final Duration DOWNLOAD_LINK_LIFETIME = Duration.ofMinutes(20);

  /**
   * kie.ai's music-from-audio schemas of August 2026 (the pages listed in https://docs.kie.ai/llms.txt): V4 to V5_5,
   * {@code customMode} on upload-cover and mashup, no {@code lyrics} or {@code variety}, {@code duration} only with
   * V5_5, a voice persona only with V5 and V5_5; its upload host keeps files 3 days; download links work 20 minutes.
   */
  private static final AudioDialect AUDIO = new AudioDialect(
      List.of(SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5),
      List.of(SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5),
      List.of(SunoModel.V4_5_PLUS, SunoModel.V5, SunoModel.V5_5), List.of(SunoModel.V5, SunoModel.V5_5),
      Set.of(), Set.of(), Set.of(SunoModel.V5_5), Set.of(SunoModel.V5, SunoModel.V5_5), true, true, true, false, true,
      UPLOAD_HOST, UPLOAD_RETENTION, DOWNLOAD_LINK_LIFETIME);

  @Override
  public Optional<AudioDialect> audio() {
    return Optional.of(AUDIO);
  }

  /**
   * kie.ai keeps WAV files, stems, videos and cover images 14 days (its convert-to-wav, separate-vocals, music-video
   * and cover pages, https://docs.kie.ai/suno-api/separate-vocals). MIDI has no link.
   */
  @Override
  public Optional<Duration> linkLifetime(DerivedKind kind) {
    return kind == DerivedKind.MIDI ? Optional.empty() : Optional.of(Duration.ofDays(14));
  }

  /** kie.ai's August 2026 separation schema adds {@code split_stem_advanced} with a {@code stemName}. */
  @Override
  public boolean separatesOneInstrument() {
    return true;
  }

  /** kie.ai's generate page allows 80 characters for every model. */
  @Override
  public int titleLimit(SunoModel model) {
    return 80;
  }
}
