package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to a file a provider made or holds (a WAV, a stem, a video, a cover image, an upload), with when it stops
 * working where the provider documents that. Providers delete results after a fixed time (14 or 15 days for derived
 * files, 3 days for uploads, 20 minutes for a temporary download link), so an app that keeps the file must download
 * it before {@link #expiresAt()}.
 *
 * @param url where the file is, an absolute http or https URL
 * @param keptFor how long the provider documents keeping the file, when it says
 * @param expiresAt when the link stops working: the time the file was made plus {@code keptFor}, or a time the
 *     provider sent; empty when the provider documents no lifetime or did not say when the file was made
 */
public record ResultLink(URI url, Optional<Duration> keptFor, Optional<ProviderTimestamp> expiresAt) {

  /** Checks that the URL is an absolute web URL, that nothing is null and that {@code keptFor} is positive. */
  public ResultLink {
    Objects.requireNonNull(url, "url == null");
    // Links come from providers, not from the app: a bad one is a protocol problem, so no InvalidRequestException.
    // Only scheme and host are shown, since signed links carry tokens in the query.
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("url must be an absolute http or https URL with a host, was scheme '"
          + scheme + "' host '" + url.getHost() + "'");
    }
    Objects.requireNonNull(keptFor, "keptFor == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    keptFor.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("keptFor must be positive, was " + d);
      }
    });
  }

  /** Returns a link whose lifetime the provider does not document. */
  public static ResultLink of(URI url) {
    return new ResultLink(url, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a link the provider keeps for {@code keptFor} after {@code madeAt}; without {@code madeAt} the lifetime
   * is known but not the moment it ends.
   */
  public static ResultLink keptFor(URI url, Duration keptFor, Optional<ProviderTimestamp> madeAt) {
    Objects.requireNonNull(keptFor, "keptFor == null");
    Objects.requireNonNull(madeAt, "madeAt == null");
    return new ResultLink(url, Optional.of(keptFor), madeAt.map(t -> t.plus(keptFor)));
  }

  /** Returns a link that stops working at {@code expiresAt}, a time the provider sent or the client computed. */
  public static ResultLink expiringAt(URI url, ProviderTimestamp expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    return new ResultLink(url, Optional.empty(), Optional.of(expiresAt));
  }

  /**
   * Returns true if the link has expired at {@code now}; false when the expiry is unknown. A provider time without
   * a zone is read in {@code zoneOfZonelessTimes} (kie.ai and sunoapi.org do not say which zone they mean).
   */
  public boolean isExpiredAt(Instant now, ZoneId zoneOfZonelessTimes) {
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(zoneOfZonelessTimes, "zoneOfZonelessTimes == null");
    return expiresAt.map(t -> !now.isBefore(t.toInstant(zoneOfZonelessTimes))).orElse(false);
  }
}
