package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to render a music video of a track.
 *
 * @param source the track and the music task that made it
 * @param author an artist name shown on the video, at most {@value #MAX_LABEL_LENGTH} characters
 * @param domainName a watermark shown at the bottom of the video, at most {@value #MAX_LABEL_LENGTH} characters
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record VideoRequest(
    SourceTrack source, Optional<String> author, Optional<String> domainName, Optional<URI> callbackUrl)
    implements Owned {
  /** The providers' limit for {@code author} and {@code domainName}. */
  public static final int MAX_LABEL_LENGTH = 50;

  /** Checks every field, naming it in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public VideoRequest {
    Objects.requireNonNull(source, "source == null");
    Checks.optionalText(author, "author", MAX_LABEL_LENGTH);
    Checks.optionalText(domainName, "domainName", MAX_LABEL_LENGTH);
    Checks.webUrl(callbackUrl, "callbackUrl");
  }

  /** Returns a request for a video of {@code source} without author or watermark. */
  public static VideoRequest of(SourceTrack source) {
    return new VideoRequest(source, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns a copy showing {@code author} on the video. */
  public VideoRequest withAuthor(String author) {
    return new VideoRequest(source, Optional.of(author), domainName, callbackUrl);
  }

  /** Returns a copy watermarked with {@code domainName}. */
  public VideoRequest withDomainName(String domainName) {
    return new VideoRequest(source, author, Optional.of(domainName), callbackUrl);
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public VideoRequest withCallbackUrl(URI callbackUrl) {
    return new VideoRequest(source, author, domainName, Optional.of(callbackUrl));
  }

  /** The provider that made the track, which is the only one that can render it. */
  @Override
  public ProviderId owner() {
    return source.owner();
  }
}
