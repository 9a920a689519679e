package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to split audio into stems. The audio is either a track the provider made ({@link #of}) or, at kie.ai
 * only, audio the app uploaded ({@link #ofUploadedAudio}); {@link SeparationType#ONE_INSTRUMENT} also names the
 * instrument to take out ({@link #withStemName}).
 *
 * <p><b>Every separation is charged again</b>, even of the same track with the same type (kie.ai: 10 credits for two
 * stems, 50 for twelve). Submits are never retried by this library; keep the returned task id and fetch it instead
 * of submitting again.
 *
 * @param source the track to split and the music task that made it; empty for uploaded audio
 * @param audioUrl uploaded audio to split (at most 20 MB at kie.ai); empty for a track
 * @param type how finely to split
 * @param stemName the instrument to take out (such as "Piano" or "Lead Vocal"); exactly when {@code type} is
 *     {@link SeparationType#ONE_INSTRUMENT}
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record StemsRequest(
    Optional<SourceTrack> source,
    Optional<URI> audioUrl,
    SeparationType type,
    Optional<String> stemName,
    Optional<URI> callbackUrl) {
  /** A bound above the longest documented stem name. */
  public static final int MAX_STEM_NAME_LENGTH = 100;

  /** Checks every field and how they go together, naming the field in the {@link IllegalArgumentException}. */
  public StemsRequest {
    Objects.requireNonNull(source, "source == null");
    Texts.webUrl(audioUrl, "audioUrl");
    Objects.requireNonNull(type, "type == null");
    Texts.optionalText(stemName, "stemName", MAX_STEM_NAME_LENGTH);
    Texts.webUrl(callbackUrl, "callbackUrl");
    if (source.isPresent() == audioUrl.isPresent()) {
      throw new IllegalArgumentException("a separation needs exactly one of source (a track) and audioUrl");
    }
    if (type == SeparationType.UNKNOWN) {
      throw new IllegalArgumentException("type UNKNOWN describes results only; ask for TWO_STEMS, TWELVE_STEMS or "
          + "ONE_INSTRUMENT");
    }
    if (stemName.isPresent() != (type == SeparationType.ONE_INSTRUMENT)) {
      throw new IllegalArgumentException(stemName.isPresent()
          ? "stemName is only used with type ONE_INSTRUMENT"
          : "type ONE_INSTRUMENT needs a stemName naming the instrument");
    }
  }

  /** Returns a request to split {@code source} into stems of {@code type}. */
  public static StemsRequest of(SourceTrack source, SeparationType type) {
    return new StemsRequest(Optional.of(source), Optional.empty(), type,
        Optional.empty(), Optional.empty());
  }

  /** Returns a request to split the uploaded audio at {@code audioUrl} (kie.ai only). */
  public static StemsRequest ofUploadedAudio(URI audioUrl, SeparationType type) {
    return new StemsRequest(Optional.empty(), Optional.of(audioUrl), type, Optional.empty(), Optional.empty());
  }

  /** Returns a copy of type {@link SeparationType#ONE_INSTRUMENT} that takes out {@code stemName}. */
  public StemsRequest withStemName(String stemName) {
    return new StemsRequest(source, audioUrl, SeparationType.ONE_INSTRUMENT, Optional.of(stemName), callbackUrl);
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public StemsRequest withCallbackUrl(URI callbackUrl) {
    return new StemsRequest(source, audioUrl, type, stemName, Optional.of(callbackUrl));
  }

  /** The provider that made the track, which is the only one that can split it; empty for uploaded audio. */
  public Optional<ProviderId> owner() {
    return source.map(s -> s.task().provider());
  }
}
