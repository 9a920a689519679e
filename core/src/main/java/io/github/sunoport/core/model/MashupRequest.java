package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to blend exactly two uploaded tracks into a new song. The audio must be at URLs the provider can fetch,
 * such as ones returned by {@link io.github.sunoport.core.port.FilesPort#upload}. Modes follow {@link MusicRequest}:
 * in description mode the prompt describes the result, in custom mode title and style are given and the prompt (or
 * {@code lyrics}) is sung. The adapter checks each provider's modes and limits before sending.
 *
 * @param uploadUrls the two tracks to blend, in order
 * @param customMode true in custom mode
 * @param prompt the description (description mode) or lyrics (custom mode)
 * @param lyrics lyrics apart from the prompt (newer models); sung instead of the prompt when both are set
 * @param style the style (custom mode only)
 * @param title the title (custom mode only)
 * @param instrumental true for a mashup without vocals
 * @param model the model to blend with
 * @param duration the mashup's length, whole seconds from 10 to 360, where the model allows choosing it
 * @param tuning styles to avoid, voice, weights, variety and persona
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record MashupRequest(
    List<URI> uploadUrls,
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
  public MashupRequest {
    uploadUrls = Checks.list(uploadUrls, "uploadUrls");
    if (uploadUrls.size() != 2) {
      throw Checks.invalid("uploadUrls", "must name exactly 2 tracks, named " + uploadUrls.size());
    }
    for (int i = 0; i < 2; i++) {
      Checks.audioUrl(uploadUrls.get(i), "uploadUrls[" + i + "]");
    }
    Objects.requireNonNull(model, "model == null");
    SongText.check(customMode, prompt, lyrics, style, title, instrumental, tuning);
    Checks.songDuration(duration, "duration");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Starts a description-mode mashup of {@code first} and {@code second}. */
  public static Builder describe(URI first, URI second, String description) {
    return new Builder(Arrays.asList(first, second), false).prompt(description);
  }

  /** Starts a custom-mode mashup that sings {@code lyrics}. */
  public static Builder custom(URI first, URI second, String title, String style, String lyrics) {
    return new Builder(Arrays.asList(first, second), true).title(title).style(style).prompt(lyrics);
  }

  /** Starts a custom-mode instrumental mashup. */
  public static Builder customInstrumental(URI first, URI second, String title, String style) {
    return new Builder(Arrays.asList(first, second), true).title(title).style(style).instrumental(true);
  }

  /** Builds an {@link MashupRequest}; {@link #build()} validates. */
  public static final class Builder extends SongFromAudioBuilder<Builder> {
    private final List<URI> uploadUrls;

    private Builder(List<URI> uploadUrls, boolean customMode) {
      super(customMode);
      this.uploadUrls = uploadUrls;
    }

    @Override
    Builder self() {
      return this;
    }

    /** Returns the request; throws {@link io.github.sunoport.core.error.InvalidRequestException} naming the field that is wrong. */
    public MashupRequest build() {
      return new MashupRequest(uploadUrls, customMode, prompt(), lyrics(), style(), title(), instrumental, model,
          duration(), tuning, callbackUrl());
    }
  }
}
