package io.github.sunoport.core.download;

import io.github.sunoport.core.ledger.ResultLink;
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
   * Returns a fresh URL for {@code expired}, or empty when this refresher cannot renew it (another provider's
   * result, or the provider deleted the file). May call the provider, and throw what that call throws.
   */
  Optional<String> refresh(ResultLink expired);
}
