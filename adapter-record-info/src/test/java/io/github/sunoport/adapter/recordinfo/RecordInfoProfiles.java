package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.mock.contract.ProviderProfile;
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

  private RecordInfoProfiles() {}

  /** The profile of {@code provider}, whose credits live at {@code creditsPath}, documenting {@code music}. */
  public static ProviderProfile of(String provider, String creditsPath, DocumentedMusic music) {
    return new ProviderProfile(provider, ROUTES, paths(creditsPath), LYRICS_EXAMPLE, Optional.of(music),
        LYRICS_FAILURES, MUSIC_FAILURES);
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
        Map.entry(Operation.DOWNLOAD_LINK, "api/v1/common/download-url"));
  }
}
