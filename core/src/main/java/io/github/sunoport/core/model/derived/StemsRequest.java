package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to split a track into stems. {@link SeparationType#ONE_INSTRUMENT} (kie.ai only) also names the
 * instrument to take out ({@link #withStemName}).
 *
 * <p><b>Every separation is charged again</b>, even of the same track with the same type (kie.ai: 10 credits for two
 * stems, 50 for twelve). Submits are never retried by this library; keep the returned task id and fetch it instead
 * of submitting again.
 *
 * @param source the track to split and the music task that made it
 * @param type how finely to split
 * @param stemName the instrument to take out (such as "Piano" or "Lead Vocal"); exactly when {@code type} is
 *     {@link SeparationType#ONE_INSTRUMENT}
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record StemsRequest(
    SourceTrack source, SeparationType type, Optional<String> stemName, Optional<URI> callbackUrl)
    implements Owned {
  /** A bound above the longest documented stem name. */
  public static final int MAX_STEM_NAME_LENGTH = 100;

  /** Checks every field and how they go together, naming the field in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public StemsRequest {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(type, "type == null");
    Checks.optionalText(stemName, "stemName", MAX_STEM_NAME_LENGTH);
    Checks.webUrl(callbackUrl, "callbackUrl");
    if (type == SeparationType.UNKNOWN) {
      throw Checks.invalid("type", "UNKNOWN describes results only; ask for TWO_STEMS, TWELVE_STEMS or ONE_INSTRUMENT");
    }
    if (stemName.isPresent() != (type == SeparationType.ONE_INSTRUMENT)) {
      throw stemName.isPresent()
          ? Checks.invalid("stemName", "is only used with type ONE_INSTRUMENT")
          : Checks.invalid("stemName", "is missing: type ONE_INSTRUMENT needs a stemName naming the instrument");
    }
  }

  /** Returns a request to split {@code source} into stems of {@code type}. */
  public static StemsRequest of(SourceTrack source, SeparationType type) {
    return new StemsRequest(source, type, Optional.empty(), Optional.empty());
  }

  /** Returns a copy of type {@link SeparationType#ONE_INSTRUMENT} that takes out {@code stemName}. */
  public StemsRequest withStemName(String stemName) {
    return new StemsRequest(source, SeparationType.ONE_INSTRUMENT, Optional.of(stemName), callbackUrl);
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public StemsRequest withCallbackUrl(URI callbackUrl) {
    return new StemsRequest(source, type, stemName, Optional.of(callbackUrl));
  }

  /** The provider that made the track, which is the only one that can split it. */
  @Override
  public ProviderId owner() {
    return source.owner();
  }
}
