package io.github.sunoport.adapter.kie;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.mock.contract.ProviderProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** kie.ai's Market API on the mock server: provider {@code kie-market}, served by the mock's {@code kie} profile. */
final class KieMarketProfiles {
  static final String CREATE = "api/v1/jobs/createTask";
  static final String RECORD = "api/v1/jobs/recordInfo";

  /** Route keys: every create is one route, every fetch the other. */
  static final Map<Operation, String> ROUTES = Map.of(
      Operation.SUBMIT_LYRICS, "market-create",
      Operation.FETCH_LYRICS, "market-record-info",
      Operation.SUBMIT_MUSIC, "market-create",
      Operation.EXTEND, "market-create",
      Operation.FETCH_MUSIC, "market-record-info",
      Operation.TIMESTAMPED_LYRICS, "market-create",
      Operation.CREDITS, "credits");

  /** Paths; creates are told apart by the outer model id in their body. */
  static final Map<Operation, String> PATHS = Map.of(
      Operation.SUBMIT_LYRICS, CREATE + "#\"ai-music-api/generate-lyrics\"",
      Operation.FETCH_LYRICS, RECORD,
      Operation.SUBMIT_MUSIC, CREATE + "#\"ai-music-api/generate\"",
      Operation.EXTEND, CREATE + "#\"ai-music-api/extend\"",
      Operation.FETCH_MUSIC, RECORD,
      Operation.TIMESTAMPED_LYRICS, CREATE + "#\"ai-music-api/timeStamped-lyrics\"",
      Operation.CREDITS, "api/v1/chat/credit");

  /** The mock's derived lyrics example (kie documents no Suno record on Market). */
  static final DocumentedLyrics LYRICS = new DocumentedLyrics("task_suno_1759651300000", "Keeper of the Light",
      List.of("Verse"), "A song about a lighthouse keeper");
  static final DocumentedMusic MUSIC = new DocumentedMusic("task_suno_1759651200000", 2, "b6f1****0c3a",
      Duration.ofMillis(152_400), List.of("calm", "piano"), "chirp-v6-mini");

  /**
   * Market reports a failure as {@code state: fail} with a code and message, not a status word per cause: the
   * content codes (400) are rejected content, everything else a failed generation.
   */
  static final Map<String, FailureKind> LYRICS_FAILURES = Map.of(
      "GENERATE_LYRICS_FAILED", FailureKind.GENERATION_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);
  static final Map<String, FailureKind> MUSIC_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.GENERATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);

  static final ProviderProfile PROFILE = new ProviderProfile("kie-market", ROUTES, PATHS, LYRICS,
      Optional.of(MUSIC), LYRICS_FAILURES, MUSIC_FAILURES, "kie");

  private KieMarketProfiles() {}
}
