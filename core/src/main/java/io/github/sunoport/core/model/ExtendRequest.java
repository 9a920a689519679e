package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

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
 * @param model the model; providers want the source track's
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record ExtendRequest(
    TrackId parentTrack,
    Optional<Duration> continueAt,
    boolean keepSourceParameters,
    Optional<String> prompt,
    Optional<String> style,
    Optional<String> title,
    Optional<SunoModel> model,
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
    override(prompt, "prompt", keepSourceParameters);
    override(style, "style", keepSourceParameters);
    override(title, "title", keepSourceParameters);
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    callbackUrl.ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
    if (!keepSourceParameters && (continueAt.isEmpty() || style.isEmpty() || title.isEmpty() || prompt.isEmpty())) {
      StringJoiner missing = new StringJoiner(", ");
      if (continueAt.isEmpty()) {
        missing.add("continueAt");
      }
      if (prompt.isEmpty()) {
        missing.add("prompt");
      }
      if (style.isEmpty()) {
        missing.add("style");
      }
      if (title.isEmpty()) {
        missing.add("title");
      }
      throw Checks.invalid(missing.toString().split(",")[0],
          "is missing: overriding an extension needs continueAt, prompt, style and title; missing: " + missing);
    }
  }

  private static void override(Optional<String> value, String name, boolean keepSourceParameters) {
    Checks.present(value, name);
    value.ifPresent(v -> Checks.printable(Checks.text(v, name, MusicRequest.MAX_TEXT_LENGTH), name));
    if (keepSourceParameters && value.isPresent()) {
      throw Checks.invalid(name, "cannot be set when keeping the source track's parameters");
    }
  }

  /** Returns a request that extends {@code parentTrack} with its own parameters. */
  public static ExtendRequest keepingSource(TrackId parentTrack, SunoModel model) {
    return new ExtendRequest(parentTrack, Optional.empty(), true, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(Objects.requireNonNull(model, "model == null")), Optional.empty());
  }

  /** Returns a request that continues {@code parentTrack} at {@code continueAt} with new parameters. */
  public static ExtendRequest overriding(
      TrackId parentTrack, Duration continueAt, String prompt, String style, String title, SunoModel model) {
    return new ExtendRequest(parentTrack, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        false, Optional.of(Objects.requireNonNull(prompt, "prompt == null")),
        Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")),
        Optional.of(Objects.requireNonNull(model, "model == null")), Optional.empty());
  }

  /** The provider that made the parent track, the only one that can extend it. */
  @Override
  public ProviderId owner() {
    return parentTrack.provider();
  }

  /** Returns a copy that continues at {@code continueAt}. */
  public ExtendRequest withContinueAt(Duration continueAt) {
    return new ExtendRequest(parentTrack, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        keepSourceParameters, prompt, style, title, model, callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public ExtendRequest withCallbackUrl(URI callbackUrl) {
    return new ExtendRequest(parentTrack, continueAt, keepSourceParameters, prompt, style, title, model,
        Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
