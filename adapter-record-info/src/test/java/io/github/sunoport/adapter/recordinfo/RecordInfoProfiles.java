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

  /** The mock server's route key of each operation; the same for both providers. */
  public static final Map<Operation, String> ROUTES = Map.of(
      Operation.SUBMIT_LYRICS, "lyrics",
      Operation.FETCH_LYRICS, "lyrics-record-info",
      Operation.SUBMIT_MUSIC, "generate",
      Operation.EXTEND, "extend",
      Operation.FETCH_MUSIC, "generate-record-info",
      Operation.TIMESTAMPED_LYRICS, "timestamped-lyrics",
      Operation.CREDITS, "credits");
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
    return Map.of(
        Operation.SUBMIT_LYRICS, "api/v1/lyrics",
        Operation.FETCH_LYRICS, "api/v1/lyrics/record-info",
        Operation.SUBMIT_MUSIC, "api/v1/generate",
        Operation.EXTEND, "api/v1/generate/extend",
        Operation.FETCH_MUSIC, "api/v1/generate/record-info",
        Operation.TIMESTAMPED_LYRICS, "api/v1/generate/get-timestamped-lyrics",
        Operation.CREDITS, creditsPath);
  }
}
