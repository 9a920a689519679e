package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to convert a track to WAV. A provider converts each track once: asking again is refused as a duplicate.
 *
 * @param source the track to convert and the music task that made it
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record WavRequest(SourceTrack source, Optional<URI> callbackUrl) implements Owned {
  /** Checks that nothing is null and that a callback URL is an absolute web URL. */
  public WavRequest {
    Objects.requireNonNull(source, "source == null");
    Checks.webUrl(callbackUrl, "callbackUrl");
  }

  /** Returns a request to convert {@code source}, with the client's default callback URL. */
  public static WavRequest of(SourceTrack source) {
    return new WavRequest(source, Optional.empty());
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public WavRequest withCallbackUrl(URI callbackUrl) {
    return new WavRequest(source, Optional.of(callbackUrl));
  }

  /** The provider that made the track, which is the only one that can convert it. */
  @Override
  public ProviderId owner() {
    return source.owner();
  }
}
