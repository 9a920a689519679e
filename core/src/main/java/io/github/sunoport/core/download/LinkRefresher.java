package io.github.sunoport.core.download;

import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Gets a fresh link for a result whose link stopped working. Some providers hand out short-lived links and an
 * operation to renew them (kie.ai's download-url call returns a link valid for 20 minutes:
 * https://docs.kie.ai/common-api/download-url); an adapter offers that call through this interface. The
 * {@link ResultDownloader} asks once per download, after the server answered 401, 403, 404 or 410.
 */
@FunctionalInterface
public interface LinkRefresher {
  /** A refresher that never has a fresh link. */
  LinkRefresher NONE = expired -> Optional.empty();

  /**
   * Renews links through {@code client}'s {@code files().downloadLink} (kie.ai's download-url call) when the result
   * belongs to that client's provider and the provider offers the call; otherwise, and when the provider refuses the
   * URL as one it did not make, there is no fresh link. Pass the client of the provider that made the results (for a
   * {@code FailoverClient}, its {@code client(provider)}).
   */
  static LinkRefresher through(SunoClient client) {
    Objects.requireNonNull(client, "client == null");
    return expired -> {
      if (!expired.task().provider().equals(client.provider()) || !client.supports(Capability.DOWNLOAD_LINK)) {
        return Optional.empty();
      }
      URI url;
      try {
        url = URI.create(expired.url());
      } catch (IllegalArgumentException notAUri) {
        return Optional.empty();
      }
      try {
        return Optional.of(client.files().downloadLink(url).url().toString());
      } catch (InvalidRequestException notTheProvidersFile) {
        return Optional.empty();
      }
    };
  }

  /**
   * Returns a fresh URL for {@code expired}, or empty when this refresher cannot renew it (another provider's
   * result, or the provider deleted the file). May call the provider, and throw what that call throws.
   */
  Optional<String> refresh(ResultEntry expired);
}
