package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.SunoClientContract;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.mock.contract.DerivedProfile;
import io.github.sunoport.mock.contract.MockServerFixture;
import io.github.sunoport.mock.contract.ProviderProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** sunoapi.com against the shared contract. Its music example is truncated in the docs, so none is checked. */
class SunoApiComContractTest extends SunoClientContract {
  /** The mock server's route key of each operation sunoapi.com has. */
  static final Map<Operation, String> ROUTES = Map.ofEntries(Map.entry(Operation.SUBMIT_LYRICS, "make-lyrics"),
      Map.entry(Operation.FETCH_LYRICS, "get-lyrics"), Map.entry(Operation.SUBMIT_MUSIC, "create"),
      Map.entry(Operation.EXTEND, "create"), Map.entry(Operation.FETCH_MUSIC, "task"),
      Map.entry(Operation.CREDITS, "get-credits"), Map.entry(Operation.FILE_UPLOAD, "upload"),
      Map.entry(Operation.UPLOAD_COVER, "create"), Map.entry(Operation.UPLOAD_EXTEND, "create"),
      Map.entry(Operation.COVER, "create"), Map.entry(Operation.SYNCHRONOUS_WAV, "wav"),
      Map.entry(Operation.STEMS, "stems-basic"));
  /** Each operation's path below the base URL; a trailing {@code /} takes the task id. */
  static final Map<Operation, String> PATHS = Map.ofEntries(
      Map.entry(Operation.SUBMIT_LYRICS, "api/v1/suno/make-lyrics"),
      Map.entry(Operation.FETCH_LYRICS, "api/v1/suno/get-lyrics/"),
      Map.entry(Operation.SUBMIT_MUSIC, "api/v1/suno/create"), Map.entry(Operation.FETCH_MUSIC, "api/v1/suno/task/"),
      Map.entry(Operation.CREDITS, "api/v1/get-credits"), Map.entry(Operation.FILE_UPLOAD, "api/v1/suno/upload"),
      Map.entry(Operation.UPLOAD_COVER, "api/v1/suno/create"), Map.entry(Operation.UPLOAD_EXTEND, "api/v1/suno/create"),
      Map.entry(Operation.COVER, "api/v1/suno/create"), Map.entry(Operation.SYNCHRONOUS_WAV, "api/v1/suno/wav"),
      Map.entry(Operation.STEMS, "api/v1/suno/stems/"));
  /**
   * Stems: a failed separation's clips say {@code failed}, as music's do (inferred, like the whole stems result);
   * sunoapi.com documents no lifetime for any file.
   */
  static final DerivedProfile DERIVED = new DerivedProfile(
      Map.of(DerivedKind.STEMS, Map.of("FAILED", FailureKind.GENERATION_FAILED)), Map.of(), Optional.empty(), false);

  @Override
  protected ContractFixture createFixture() {
    return new MockServerFixture(new ProviderProfile("sunoapi-com", ROUTES, PATHS,
        new DocumentedLyrics("3d51f2fb-2a52-4207-9808-a3aa7c9f64ce", "Run Away",
            List.of("Verse", "Verse 2", "Chorus", "Verse 3", "Bridge", "Chorus"), "run away"),
        Optional.empty(),
        Map.of("FAILED", FailureKind.GENERATION_FAILED),
        Map.of("FAILED", FailureKind.GENERATION_FAILED)).withDerived(DERIVED));
  }
}
