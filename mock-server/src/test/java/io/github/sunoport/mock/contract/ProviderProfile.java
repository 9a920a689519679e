package io.github.sunoport.mock.contract;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract fixture needs to know of one provider on this mock.
 *
 * @param provider the provider id, also the mock's path prefix
 * @param routes the mock's route key for each operation the provider has
 * @param paths each operation's path below the prefix; a path ending in {@code /} takes an id after it
 * @param lyrics the documented lyrics example
 * @param music the documented music example, if any
 * @param lyricsFailures the fates a lyrics task can end in, with their failure kinds
 * @param musicFailures the fates a music task can end in, with their failure kinds
 * @param mockPrefix the mock's profile and path prefix, when it differs from the provider id (kie.ai's Market API
 *     is provider {@code kie-market} and lives under the mock's {@code kie} profile)
 * @param derived the provider's derived outputs: failures, documented lifetimes
 */
public record ProviderProfile(String provider, Map<Operation, String> routes, Map<Operation, String> paths,
    DocumentedLyrics lyrics, Optional<DocumentedMusic> music, Map<String, FailureKind> lyricsFailures,
    Map<String, FailureKind> musicFailures, String mockPrefix, DerivedProfile derived) {

  /** The profile of a provider without derived outputs, served under {@code mockPrefix}. */
  public ProviderProfile(String provider, Map<Operation, String> routes, Map<Operation, String> paths,
      DocumentedLyrics lyrics, Optional<DocumentedMusic> music, Map<String, FailureKind> lyricsFailures,
      Map<String, FailureKind> musicFailures, String mockPrefix) {
    this(provider, routes, paths, lyrics, music, lyricsFailures, musicFailures, mockPrefix, DerivedProfile.NONE);
  }

  /** The profile of a provider the mock serves under its own id. */
  public ProviderProfile(String provider, Map<Operation, String> routes, Map<Operation, String> paths,
      DocumentedLyrics lyrics, Optional<DocumentedMusic> music, Map<String, FailureKind> lyricsFailures,
      Map<String, FailureKind> musicFailures) {
    this(provider, routes, paths, lyrics, music, lyricsFailures, musicFailures, provider);
  }

  /** Returns a copy with the derived outputs {@code derived}. */
  public ProviderProfile withDerived(DerivedProfile derived) {
    return new ProviderProfile(provider, routes, paths, lyrics, music, lyricsFailures, musicFailures, mockPrefix,
        derived);
  }
}
