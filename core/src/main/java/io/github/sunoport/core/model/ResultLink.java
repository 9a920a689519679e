package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to a file a provider made or holds, with when it stops working where the provider documents that. It is the
 * one link type of the library: derived files (WAV, stems, video, cover images), uploads ({@link UploadedFile}) and
 * temporary download links. (A music task's track links expire with the task, see {@link TaskTimes}.) Providers
 * delete files after a fixed time, so an app that keeps one must download it before {@link #expiresAt()}:
 *
 * <table>
 *   <caption>Documented lifetimes</caption>
 *   <tr><th>file</th><th>kie.ai</th><th>sunoapi.org</th><th>sunoapi.com</th></tr>
 *   <tr><td>WAV</td><td>14 days</td><td>15 days</td><td>not documented</td></tr>
 *   <tr><td>stems, music video</td><td>14 days</td><td>not documented</td><td>not documented</td></tr>
 *   <tr><td>cover images</td><td>14 days</td><td>14 days</td><td>-</td></tr>
 *   <tr><td>uploads</td><td>3 days</td><td>3 days</td><td>not documented</td></tr>
 *   <tr><td>temporary download link</td><td>20 minutes</td><td>-</td><td>-</td></tr>
 * </table>
 *
 * @param url where the file is, an absolute http or https URL
 * @param keptFor how long the provider documents keeping the file, when it says
 * @param expiresAt when the link stops working: the time the file was made (or the answer arrived) plus
 *     {@code keptFor}, or a time the provider sent; empty when the provider documents no lifetime or did not say when
 *     the file was made
 */
public record ResultLink(URI url, Optional<Duration> keptFor, Optional<ProviderTimestamp> expiresAt) {

  /**
   * Checks that the URL is an absolute web URL, that nothing is null and that {@code keptFor} is positive.
   *
   * @throws IllegalArgumentException if not; links come from providers, so a bad one is a protocol problem, never
   *     an {@link io.github.sunoport.core.error.InvalidRequestException}
   */
  public ResultLink {
    Objects.requireNonNull(url, "url == null");
    // Signed links on temporary hosts are taken as the provider writes them: an authority is needed, not a host name
    // java.net.URI accepts. Only the scheme is shown, since signed links carry tokens in the query.
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getRawAuthority() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("url must be an absolute http or https URL with a host, was scheme '"
          + scheme + "'");
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

  /**
   * Returns a link the provider keeps for {@code keptFor} after {@code madeAt}, an instant such as when the answer
   * arrived (which errs early, never late).
   */
  public static ResultLink keptFor(URI url, Duration keptFor, Instant madeAt) {
    Objects.requireNonNull(madeAt, "madeAt == null");
    return keptFor(url, keptFor, Optional.of(ProviderTimestamp.of(madeAt)));
  }

  /** Returns a link that stops working at {@code expiresAt}, a time the provider sent or the client computed. */
  public static ResultLink expiringAt(URI url, ProviderTimestamp expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    return new ResultLink(url, Optional.empty(), Optional.of(expiresAt));
  }

  /** Returns a copy that stops working at {@code expiresAt}, keeping the documented lifetime. */
  public ResultLink withExpiresAt(ProviderTimestamp expiresAt) {
    return new ResultLink(url, keptFor, Optional.of(Objects.requireNonNull(expiresAt, "expiresAt == null")));
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

  /**
   * Returns how long the link still works after {@code now}, zero once expired; empty when the expiry is unknown. A
   * provider time without a zone is read in {@code zoneOfZonelessTimes}.
   */
  public Optional<Duration> remainingAt(Instant now, ZoneId zoneOfZonelessTimes) {
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(zoneOfZonelessTimes, "zoneOfZonelessTimes == null");
    return expiresAt.map(t -> {
      Instant end = t.toInstant(zoneOfZonelessTimes);
      return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
    });
  }

  /** Returns the expiry as an instant, a provider time without a zone read in {@code zoneOfZonelessTimes}. */
  public Optional<Instant> expiresAt(ZoneId zoneOfZonelessTimes) {
    Objects.requireNonNull(zoneOfZonelessTimes, "zoneOfZonelessTimes == null");
    return expiresAt.map(t -> t.toInstant(zoneOfZonelessTimes));
  }
}
