package io.github.sunoport.adapter.kie;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.mock.contract.DerivedProfile;
import io.github.sunoport.mock.contract.ProviderProfile;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** kie.ai's Market API on the mock server: provider {@code kie-market}, served by the mock's {@code kie} profile. */
final class KieMarketProfiles {
  static final String CREATE = "api/v1/jobs/createTask";
  static final String RECORD = "api/v1/jobs/recordInfo";

  /** Each operation created through {@code jobs/createTask}, by the outer model id that tells them apart. */
  static final Map<Operation, String> CREATES = Map.ofEntries(
      Map.entry(Operation.SUBMIT_LYRICS, "ai-music-api/generate-lyrics"),
      Map.entry(Operation.SUBMIT_MUSIC, "ai-music-api/generate"),
      Map.entry(Operation.EXTEND, "ai-music-api/extend"),
      Map.entry(Operation.TIMESTAMPED_LYRICS, "ai-music-api/timeStamped-lyrics"),
      Map.entry(Operation.UPLOAD_COVER, "ai-music-api/upload-and-cover-audio"),
      Map.entry(Operation.UPLOAD_EXTEND, "ai-music-api/upload-and-extend-audio"),
      Map.entry(Operation.ADD_VOCALS, "ai-music-api/add-vocals"),
      Map.entry(Operation.ADD_INSTRUMENTAL, "ai-music-api/add-instrumental"),
      Map.entry(Operation.REPLACE_SECTION, "ai-music-api/replace-section"),
      Map.entry(Operation.MASHUP, "ai-music-api/mashup"),
      Map.entry(Operation.SOUNDS, "ai-music-api/sounds"));

  /**
   * The derived operations created through {@code jobs/createTask}, for the contract only: the hostile suite runs
   * them with their own answers ({@code KieMarketHostileAnswersTest.extraCalls}).
   */
  static final Map<Operation, String> DERIVED_CREATES = Map.ofEntries(
      Map.entry(Operation.WAV, "ai-music-api/convert-to-wav-format"),
      Map.entry(Operation.STEMS, "ai-music-api/separate-vocals"),
      Map.entry(Operation.MIDI, "ai-music-api/generate-midi-from-audio"),
      Map.entry(Operation.VIDEO, "ai-music-api/create-music-video"),
      Map.entry(Operation.COVER_IMAGE, "ai-music-api/cover-generate"),
      Map.entry(Operation.PERSONA, "ai-music-api/generate-persona"),
      Map.entry(Operation.STYLE_BOOST, "ai-music-api/boost-music-style"));

  /**
   * Route keys: every create is one route, every fetch the other; uploads and download links are kie's common file
   * APIs, the legacy route's.
   */
  static final Map<Operation, String> ROUTES = routes();

  /** Paths; creates are told apart by the outer model id in their body. */
  static final Map<Operation, String> PATHS = paths();

  private static Map<Operation, String> routes() {
    Map<Operation, String> routes = new EnumMap<>(Operation.class);
    CREATES.keySet().forEach(operation -> routes.put(operation, "market-create"));
    routes.put(Operation.FETCH_LYRICS, "market-record-info");
    routes.put(Operation.FETCH_MUSIC, "market-record-info");
    routes.put(Operation.CREDITS, "credits");
    routes.put(Operation.FILE_UPLOAD, "file-url-upload");
    routes.put(Operation.DOWNLOAD_LINK, "download-url");
    return Collections.unmodifiableMap(routes);
  }

  private static Map<Operation, String> paths() {
    Map<Operation, String> paths = new EnumMap<>(Operation.class);
    CREATES.forEach((operation, model) -> paths.put(operation, CREATE + "#\"" + model + "\""));
    paths.put(Operation.FETCH_LYRICS, RECORD);
    paths.put(Operation.FETCH_MUSIC, RECORD);
    paths.put(Operation.CREDITS, "api/v1/chat/credit");
    paths.put(Operation.FILE_UPLOAD, "api/file-url-upload");
    paths.put(Operation.DOWNLOAD_LINK, "api/v1/common/download-url");
    return Collections.unmodifiableMap(paths);
  }

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

  /** A derived task fails the same way: {@code state: fail}, its code telling rejected content from the rest. */
  static final Map<String, FailureKind> DERIVED_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.GENERATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);

  /**
   * Market's derived outputs: result links expire about 24 hours after the task ends
   * (https://docs.kie.ai/market/common/get-task-detail), MIDI has none; download links are kie's common API (20
   * minutes); {@code stem_name} gives the one-instrument split.
   */
  static final DerivedProfile DERIVED = new DerivedProfile(
      Map.of(DerivedKind.WAV, DERIVED_FAILURES, DerivedKind.STEMS, DERIVED_FAILURES, DerivedKind.MIDI,
          DERIVED_FAILURES, DerivedKind.VIDEO, DERIVED_FAILURES, DerivedKind.COVER_IMAGE, DERIVED_FAILURES),
      Map.of(DerivedKind.WAV, Duration.ofHours(24), DerivedKind.STEMS, Duration.ofHours(24),
          DerivedKind.VIDEO, Duration.ofHours(24), DerivedKind.COVER_IMAGE, Duration.ofHours(24)),
      Optional.of(Duration.ofMinutes(20)), true);

  static final ProviderProfile PROFILE = new ProviderProfile("kie-market", withDerived(ROUTES, "market-create"),
      withDerived(PATHS, null), LYRICS, Optional.of(MUSIC), LYRICS_FAILURES, MUSIC_FAILURES, "kie")
      .withDerived(DERIVED);

  /** {@code base} and the derived creates: their route key {@code route}, or their path when it is null. */
  private static Map<Operation, String> withDerived(Map<Operation, String> base, String route) {
    Map<Operation, String> all = new EnumMap<>(base);
    DERIVED_CREATES.forEach((operation, model) -> all.put(operation,
        route != null ? route : CREATE + "#\"" + model + "\""));
    return Collections.unmodifiableMap(all);
  }

  private KieMarketProfiles() {}
}
