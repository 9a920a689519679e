package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to extend uploaded audio, either letting the provider write the continuation from the audio alone
 * ({@link #fromAudio}) or with new parameters ({@link #overriding}, {@link #overridingInstrumental}). Whether the
 * provider needs the point to continue at in both forms is checked by the adapter.
 *
 * @param uploadUrl where the provider fetches the audio to extend (at most 8 minutes long at most providers)
 * @param keepSourceParameters true to let the provider derive everything from the audio
 * @param continueAt where in the audio to continue; positive and shorter than the audio
 * @param prompt the continuation's lyrics (overriding with vocals only)
 * @param style the continuation's style (overriding only)
 * @param title the continuation's title (overriding only)
 * @param instrumental true for a continuation without vocals (overriding only)
 * @param model the model to extend with
 * @param tuning styles to avoid, voice, weights and persona
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record UploadExtendRequest(
    URI uploadUrl,
    boolean keepSourceParameters,
    Optional<Duration> continueAt,
    Optional<String> prompt,
    Optional<String> style,
    Optional<String> title,
    boolean instrumental,
    SunoModel model,
    Tuning tuning,
    Optional<URI> callbackUrl) {

  /** Validates every field and the rules of the form, naming the field in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public UploadExtendRequest {
    Checks.audioUrl(uploadUrl, "uploadUrl");
    Checks.present(continueAt, "continueAt").ifPresent(at -> {
      if (at.isZero()) {
        throw Checks.invalid("continueAt", "must be positive, was " + at);
      }
      Checks.offset(at, "continueAt");
    });
    Objects.requireNonNull(model, "model == null");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
    Extension.check("uploaded audio", keepSourceParameters, continueAt, prompt, style, title, instrumental, tuning);
  }

  /** Returns a request that extends the audio at {@code uploadUrl} at {@code continueAt}, writing it from the audio. */
  public static UploadExtendRequest fromAudio(URI uploadUrl, Duration continueAt, SunoModel model) {
    return new UploadExtendRequest(uploadUrl, true, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        Optional.empty(), Optional.empty(), Optional.empty(), false, model, Tuning.none(), Optional.empty());
  }

  /** Returns a request that continues the audio at {@code continueAt} singing {@code lyrics}. */
  public static UploadExtendRequest overriding(URI uploadUrl, Duration continueAt, String lyrics, String style,
      String title, SunoModel model) {
    return new UploadExtendRequest(uploadUrl, false, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        Optional.of(Objects.requireNonNull(lyrics, "lyrics == null")),
        Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")), false, model, Tuning.none(), Optional.empty());
  }

  /** Returns a request that continues the audio at {@code continueAt} without vocals. */
  public static UploadExtendRequest overridingInstrumental(URI uploadUrl, Duration continueAt, String style,
      String title, SunoModel model) {
    return new UploadExtendRequest(uploadUrl, false, Optional.of(Objects.requireNonNull(continueAt, "continueAt == null")),
        Optional.empty(), Optional.of(Objects.requireNonNull(style, "style == null")),
        Optional.of(Objects.requireNonNull(title, "title == null")), true, model, Tuning.none(), Optional.empty());
  }

  /** Returns a copy with {@code tuning}. */
  public UploadExtendRequest withTuning(Tuning tuning) {
    return new UploadExtendRequest(uploadUrl, keepSourceParameters, continueAt, prompt, style, title, instrumental,
        model, Objects.requireNonNull(tuning, "tuning == null"), callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public UploadExtendRequest withCallbackUrl(URI callbackUrl) {
    return new UploadExtendRequest(uploadUrl, keepSourceParameters, continueAt, prompt, style, title, instrumental,
        model, tuning, Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
