package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.mock.contract.DerivedProfile;
import io.github.sunoport.mock.contract.ProviderProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mock-server profile of a record-info family provider, for the shared contract. */
public final class RecordInfoProfiles {
  /** The lyrics example both providers document. */
  public static final DocumentedLyrics LYRICS_EXAMPLE = new DocumentedLyrics(
      "11dc****8b0f", "钢铁侠", List.of("Verse"), "A song about peaceful night in the city");

  /** The mock server's route key of each operation both providers offer. */
  public static final Map<Operation, String> ROUTES = Map.ofEntries(
      Map.entry(Operation.SUBMIT_LYRICS, "lyrics"),
      Map.entry(Operation.FETCH_LYRICS, "lyrics-record-info"),
      Map.entry(Operation.SUBMIT_MUSIC, "generate"),
      Map.entry(Operation.EXTEND, "extend"),
      Map.entry(Operation.FETCH_MUSIC, "generate-record-info"),
      Map.entry(Operation.TIMESTAMPED_LYRICS, "timestamped-lyrics"),
      Map.entry(Operation.CREDITS, "credits"),
      Map.entry(Operation.UPLOAD_COVER, "upload-cover"),
      Map.entry(Operation.UPLOAD_EXTEND, "upload-extend"),
      Map.entry(Operation.ADD_VOCALS, "add-vocals"),
      Map.entry(Operation.ADD_INSTRUMENTAL, "add-instrumental"),
      Map.entry(Operation.REPLACE_SECTION, "replace-section"),
      Map.entry(Operation.MASHUP, "mashup"),
      Map.entry(Operation.SOUNDS, "sounds"),
      Map.entry(Operation.FILE_UPLOAD, "file-url-upload"));

  /** The mock server's route key of each derived operation both providers offer. */
  public static final Map<Operation, String> DERIVED_ROUTES = Map.of(
      Operation.WAV, "wav",
      Operation.STEMS, "vocal-removal",
      Operation.MIDI, "midi",
      Operation.VIDEO, "mp4",
      Operation.COVER_IMAGE, "cover",
      Operation.PERSONA, "generate-persona",
      Operation.STYLE_BOOST, "style");

  /** {@link #ROUTES} and kie.ai's temporary download links. */
  public static final Map<Operation, String> ROUTES_WITH_DOWNLOAD_LINKS = withDownloadLinks();

  private static Map<Operation, String> withDownloadLinks() {
    Map<Operation, String> routes = new java.util.EnumMap<>(ROUTES);
    routes.put(Operation.DOWNLOAD_LINK, "download-url");
    return java.util.Collections.unmodifiableMap(routes);
  }
  private static final Map<String, FailureKind> LYRICS_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_LYRICS_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);
  private static final Map<String, FailureKind> MUSIC_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);

  /**
   * Failures both providers' WAV, stems and MIDI records document (e.g. https://docs.kie.ai/suno-api/get-wav-details,
   * https://docs.sunoapi.org/suno-api/get-wav-conversion-details).
   */
  private static final Map<String, FailureKind> WAV_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_WAV_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED);
  private static final Map<String, FailureKind> STEMS_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED);
  /** MIDI's integer successFlag: 2 task creation failed, 3 MIDI generation failed. */
  private static final Map<String, FailureKind> MIDI_FAILURES = Map.of(
      "2", FailureKind.TASK_CREATION_FAILED,
      "3", FailureKind.GENERATION_FAILED);
  /** The cover record's schema: integer 3 is failed. */
  private static final Map<String, FailureKind> COVER_FAILURES = Map.of("3", FailureKind.GENERATION_FAILED);
  /** kie.ai's MP4 record lists no CALLBACK_EXCEPTION; sunoapi.org's adds it. */
  private static final Map<String, FailureKind> KIE_VIDEO_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_MP4_FAILED", FailureKind.GENERATION_FAILED);
  private static final Map<String, FailureKind> ORG_VIDEO_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_MP4_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED);

  /**
   * kie.ai's derived outputs: every file kept 14 days, download links 20 minutes, one-instrument separation
   * (https://docs.kie.ai/suno-api/separate-vocals, https://docs.kie.ai/file-upload-api/quickstart).
   */
  public static final DerivedProfile KIE_DERIVED = new DerivedProfile(
      Map.of(DerivedKind.WAV, WAV_FAILURES, DerivedKind.STEMS, STEMS_FAILURES, DerivedKind.MIDI, MIDI_FAILURES,
          DerivedKind.VIDEO, KIE_VIDEO_FAILURES, DerivedKind.COVER_IMAGE, COVER_FAILURES),
      Map.of(DerivedKind.WAV, Duration.ofDays(14), DerivedKind.STEMS, Duration.ofDays(14),
          DerivedKind.VIDEO, Duration.ofDays(14), DerivedKind.COVER_IMAGE, Duration.ofDays(14)),
      Optional.of(Duration.ofMinutes(20)), true);

  /**
   * sunoapi.org's derived outputs: WAV kept 15 days, cover images 14; stems and videos without a documented number
   * (https://docs.sunoapi.org/suno-api/convert-to-wav-format, https://docs.sunoapi.org/suno-api/cover-suno).
   */
  public static final DerivedProfile SUNOAPI_ORG_DERIVED = new DerivedProfile(
      Map.of(DerivedKind.WAV, WAV_FAILURES, DerivedKind.STEMS, STEMS_FAILURES, DerivedKind.MIDI, MIDI_FAILURES,
          DerivedKind.VIDEO, ORG_VIDEO_FAILURES, DerivedKind.COVER_IMAGE, COVER_FAILURES),
      Map.of(DerivedKind.WAV, Duration.ofDays(15), DerivedKind.COVER_IMAGE, Duration.ofDays(14)),
      Optional.empty(), false);

  private RecordInfoProfiles() {}

  /**
   * The profile of {@code provider}, whose credits live at {@code creditsPath}, documenting {@code music}, with the
   * derived outputs {@code derived}; a provider with download links gets their route.
   */
  public static ProviderProfile of(String provider, String creditsPath, DocumentedMusic music,
      DerivedProfile derived) {
    Map<Operation, String> routes = new java.util.EnumMap<>(
        derived.downloadLinkLifetime().isPresent() ? ROUTES_WITH_DOWNLOAD_LINKS : ROUTES);
    routes.putAll(DERIVED_ROUTES);
    return new ProviderProfile(provider, routes, paths(creditsPath), LYRICS_EXAMPLE, Optional.of(music),
        LYRICS_FAILURES, MUSIC_FAILURES).withDerived(derived);
  }

  /** Each operation's path below the base URL, for a provider whose credits live at {@code creditsPath}. */
  public static Map<Operation, String> paths(String creditsPath) {
    return Map.ofEntries(
        Map.entry(Operation.SUBMIT_LYRICS, "api/v1/lyrics"),
        Map.entry(Operation.FETCH_LYRICS, "api/v1/lyrics/record-info"),
        Map.entry(Operation.SUBMIT_MUSIC, "api/v1/generate"),
        Map.entry(Operation.EXTEND, "api/v1/generate/extend"),
        Map.entry(Operation.FETCH_MUSIC, "api/v1/generate/record-info"),
        Map.entry(Operation.TIMESTAMPED_LYRICS, "api/v1/generate/get-timestamped-lyrics"),
        Map.entry(Operation.CREDITS, creditsPath),
        Map.entry(Operation.UPLOAD_COVER, "api/v1/generate/upload-cover"),
        Map.entry(Operation.UPLOAD_EXTEND, "api/v1/generate/upload-extend"),
        Map.entry(Operation.ADD_VOCALS, "api/v1/generate/add-vocals"),
        Map.entry(Operation.ADD_INSTRUMENTAL, "api/v1/generate/add-instrumental"),
        Map.entry(Operation.REPLACE_SECTION, "api/v1/generate/replace-section"),
        Map.entry(Operation.MASHUP, "api/v1/generate/mashup"),
        Map.entry(Operation.SOUNDS, "api/v1/generate/sounds"),
        Map.entry(Operation.FILE_UPLOAD, "api/file-url-upload"),
        Map.entry(Operation.DOWNLOAD_LINK, "api/v1/common/download-url"),
        Map.entry(Operation.WAV, "api/v1/wav/generate"),
        Map.entry(Operation.STEMS, "api/v1/vocal-removal/generate"),
        Map.entry(Operation.MIDI, "api/v1/midi/generate"),
        Map.entry(Operation.VIDEO, "api/v1/mp4/generate"),
        Map.entry(Operation.COVER_IMAGE, "api/v1/suno/cover/generate"),
        Map.entry(Operation.PERSONA, "api/v1/generate/generate-persona"),
        Map.entry(Operation.STYLE_BOOST, "api/v1/style/generate"));
  }
}
