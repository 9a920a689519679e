package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to cover a track the provider made: the melody is kept and the style changes. Only the track's provider
 * can cover it, so a failover client sends the request there. Modes follow {@link MusicRequest}: in description mode
 * the prompt describes the cover, in custom mode title and style are given and the prompt is sung. Each provider's
 * limits are checked by its adapter before sending.
 *
 * @param track the track to cover
 * @param customMode true in custom mode
 * @param prompt the description (description mode) or lyrics (custom mode)
 * @param style the style (custom mode only)
 * @param title the title (custom mode only)
 * @param instrumental true for a cover without vocals
 * @param model the model to cover with
 * @param tuning styles to avoid, voice and weights
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record CoverRequest(
    TrackId track,
    boolean customMode,
    Optional<String> prompt,
    Optional<String> style,
    Optional<String> title,
    boolean instrumental,
    SunoModel model,
    Tuning tuning,
    Optional<URI> callbackUrl) implements Owned {

  /** Validates every field and the rules of the mode, naming the field. */
  public CoverRequest {
    Objects.requireNonNull(track, "track == null");
    Objects.requireNonNull(model, "model == null");
    SongText.check(customMode, prompt, Optional.empty(), style, title, instrumental, tuning);
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Returns a description-mode cover of {@code track}. */
  public static CoverRequest describe(TrackId track, String description, SunoModel model) {
    return new CoverRequest(track, false, Optional.of(Objects.requireNonNull(description, "description == null")),
        Optional.empty(), Optional.empty(), false, model, Tuning.none(), Optional.empty());
  }

  /** Returns a custom-mode cover of {@code track} singing {@code lyrics}. */
  public static CoverRequest custom(TrackId track, String title, String style, String lyrics, SunoModel model) {
    return new CoverRequest(track, true, Optional.of(Objects.requireNonNull(lyrics, "lyrics == null")),
        Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")), false, model, Tuning.none(), Optional.empty());
  }

  /** Returns a copy with {@code tuning}. */
  public CoverRequest withTuning(Tuning tuning) {
    return new CoverRequest(track, customMode, prompt, style, title, instrumental, model,
        Objects.requireNonNull(tuning, "tuning == null"), callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public CoverRequest withCallbackUrl(URI callbackUrl) {
    return new CoverRequest(track, customMode, prompt, style, title, instrumental, model, tuning,
        Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }

  /** The provider that made the track. */
  @Override
  public ProviderId owner() {
    return track.provider();
  }
}
