package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to extend a generated track, either keeping the source track's parameters ({@link #keepingSource}) or
 * overriding them ({@link #overriding}). Whether the provider needs the model or the point to continue at is checked
 * by the adapter. The request is {@link Owned} by the track's provider: only the provider that made a track can extend
 * it, so a failover client sends it there and nowhere else.
 *
 * @param parentTrack the track to extend, which becomes the new task's parent track
 * @param continueAt where in the source track to continue; positive and shorter than the track
 * @param keepSourceParameters true to inherit prompt, style and title from the source track
 * @param prompt new lyrics or prompt (overriding only)
 * @param style new style (overriding only)
 * @param title new title (overriding only)
 * @param instrumental true for a continuation without vocals (overriding only)
 * @param model the model; providers want the source track's
 * @param tuning styles to avoid, voice, weights and persona; which a provider takes is checked by the adapter
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record ExtendRequest(
    TrackId parentTrack,
    Optional<Duration> continueAt,
    boolean keepSourceParameters,
    Optional<String> prompt,
    Optional<String> style,
    Optional<String> title,
    boolean instrumental,
    Optional<SunoModel> model,
    Tuning tuning,
    Optional<URI> callbackUrl) implements Owned {

  /**
   * Validates every field and the rules of the mode, naming the field in an
   * {@link io.github.sunoport.core.error.InvalidRequestException}.
   */
  public ExtendRequest {
    Objects.requireNonNull(parentTrack, "parentTrack == null");
    Objects.requireNonNull(continueAt, "continueAt == null");
    continueAt.ifPresent(at -> {
      if (at.isNegative() || at.isZero()) {
        throw Checks.invalid("continueAt", "must be positive, was " + at);
      }
    });
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    callbackUrl.ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
    Extension.check("source track", keepSourceParameters, continueAt, prompt, style, title, instrumental, tuning);
  }

  /** Returns a request that extends {@code parentTrack} with its own parameters. */
  public static ExtendRequest keepingSource(TrackId parentTrack, SunoModel model) {
    return new ExtendRequest(parentTrack, Optional.empty(), true, Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.of(Objects.requireNonNull(model, "model == null")), Tuning.none(),
        Optional.empty());
  }

  /** Returns a request that continues {@code parentTrack} at {@code continueAt} with new parameters. */
  public static ExtendRequest overriding(
      TrackId parentTrack, Duration continueAt, String prompt, String style, String title, SunoModel model) {
    return new ExtendRequest(parentTrack, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        false, Optional.of(Objects.requireNonNull(prompt, "prompt == null")),
        Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")), false,
        Optional.of(Objects.requireNonNull(model, "model == null")), Tuning.none(), Optional.empty());
  }

  /** Returns a request that continues {@code parentTrack} at {@code continueAt} without vocals. */
  public static ExtendRequest overridingInstrumental(
      TrackId parentTrack, Duration continueAt, String style, String title, SunoModel model) {
    return new ExtendRequest(parentTrack, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        false, Optional.empty(), Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")), true,
        Optional.of(Objects.requireNonNull(model, "model == null")), Tuning.none(), Optional.empty());
  }

  /** Returns a copy with {@code tuning}: styles to avoid, voice, weights and persona. */
  public ExtendRequest withTuning(Tuning tuning) {
    return new ExtendRequest(parentTrack, continueAt, keepSourceParameters, prompt, style, title, instrumental,
        model, Objects.requireNonNull(tuning, "tuning == null"), callbackUrl);
  }

  /** The provider that made the parent track, the only one that can extend it. */
  @Override
  public ProviderId owner() {
    return parentTrack.provider();
  }

  /** Returns a copy that continues at {@code continueAt}. */
  public ExtendRequest withContinueAt(Duration continueAt) {
    return new ExtendRequest(parentTrack, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        keepSourceParameters, prompt, style, title, instrumental, model, tuning, callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public ExtendRequest withCallbackUrl(URI callbackUrl) {
    return new ExtendRequest(parentTrack, continueAt, keepSourceParameters, prompt, style, title, instrumental,
        model, tuning, Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
