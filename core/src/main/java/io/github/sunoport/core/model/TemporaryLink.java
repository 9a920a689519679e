package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A link that stops working at a known time, such as a signed direct-download link. Where a provider documents a
 * lifetime rather than a time, {@code expiresAt} counts it from when the answer arrived, so it errs early.
 *
 * @param url the link
 * @param expiresAt when the link stops working
 */
public record TemporaryLink(URI url, Instant expiresAt) {
  /**
   * Checks that the link is an absolute http or https URL with an authority and the expiry is set. The authority need
   * not be a well-formed host name: signed links on temporary hosts are taken as the provider writes them.
   */
  public TemporaryLink {
    Checks.present(url, "url");
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getRawAuthority() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw Checks.invalid("url", "must be an absolute http or https URL, was scheme '" + scheme + "'");
    }
    Objects.requireNonNull(expiresAt, "expiresAt == null");
  }

  /** Returns true if the link has stopped working at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Returns how long the link still works after {@code now}; zero once expired. */
  public Duration remainingAt(Instant now) {
    return isExpiredAt(now) ? Duration.ZERO : Duration.between(now, expiresAt);
  }
}
