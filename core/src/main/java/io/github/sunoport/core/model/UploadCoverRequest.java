package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to cover uploaded audio: the melody is kept and the style changes. The audio must be at a URL the
 * provider can fetch, such as one returned by {@link io.github.sunoport.core.port.FilesPort#upload}. Modes follow
 * {@link MusicRequest}: in description mode the prompt describes the cover, in custom mode title and style are given
 * and the prompt (or {@code lyrics}) is sung. Providers whose newest generation is always custom mode refuse
 * description mode with those models; the adapter checks that, and each provider's limits, before sending.
 *
 * @param uploadUrl where the provider fetches the audio to cover (at most 8 minutes long at most providers)
 * @param customMode true in custom mode
 * @param prompt the description (description mode) or lyrics (custom mode)
 * @param lyrics lyrics apart from the prompt (newer models); sung instead of the prompt when both are set
 * @param style the style (custom mode only)
 * @param title the title (custom mode only)
 * @param instrumental true for a cover without vocals
 * @param model the model to cover with
 * @param duration the cover's length, whole seconds from 10 to 360, where the model allows choosing it
 * @param tuning styles to avoid, voice, weights, variety and persona
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record UploadCoverRequest(
    URI uploadUrl,
    boolean customMode,
    Optional<String> prompt,
    Optional<String> lyrics,
    Optional<String> style,
    Optional<String> title,
    boolean instrumental,
    SunoModel model,
    Optional<Duration> duration,
    Tuning tuning,
    Optional<URI> callbackUrl) {

  /** Validates every field and the rules of the mode, naming the field in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public UploadCoverRequest {
    Checks.audioUrl(uploadUrl, "uploadUrl");
    Objects.requireNonNull(model, "model == null");
    SongText.check(customMode, prompt, lyrics, style, title, instrumental, tuning);
    Checks.songDuration(duration, "duration");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Starts a description-mode cover of the audio at {@code uploadUrl}. */
  public static Builder describe(URI uploadUrl, String description) {
    return new Builder(uploadUrl, false).prompt(description);
  }

  /** Starts a custom-mode cover that sings {@code lyrics}. */
  public static Builder custom(URI uploadUrl, String title, String style, String lyrics) {
    return new Builder(uploadUrl, true).title(title).style(style).prompt(lyrics);
  }

  /** Starts a custom-mode instrumental cover. */
  public static Builder customInstrumental(URI uploadUrl, String title, String style) {
    return new Builder(uploadUrl, true).title(title).style(style).instrumental(true);
  }

  /** Builds an {@link UploadCoverRequest}; {@link #build()} validates. */
  public static final class Builder extends SongFromAudioBuilder<Builder> {
    private final URI uploadUrl;

    private Builder(URI uploadUrl, boolean customMode) {
      super(customMode);
      this.uploadUrl = uploadUrl;
    }

    @Override
    Builder self() {
      return this;
    }

    /** Returns the request; throws {@link io.github.sunoport.core.error.InvalidRequestException} naming the field that is wrong. */
    public UploadCoverRequest build() {
      return new UploadCoverRequest(uploadUrl, customMode, prompt(), lyrics(), style(), title(), instrumental, model, duration(),
          tuning, callbackUrl());
    }
  }
}
