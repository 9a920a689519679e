package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the builders of a new song from uploaded audio ({@link UploadCoverRequest}, {@link MashupRequest}) set alike:
 * the song's text in its mode, model, length, tuning and callback. Each subclass adds its audio and builds its request.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class SongFromAudioBuilder<B extends SongFromAudioBuilder<B>> {
  final boolean customMode;
  String prompt;
  String lyrics;
  String style;
  String title;
  boolean instrumental;
  SunoModel model = SunoModel.V4_5;
  Duration duration;
  Tuning tuning = Tuning.none();
  URI callbackUrl;

  SongFromAudioBuilder(boolean customMode) {
    this.customMode = customMode;
  }

  abstract B self();

  /** Sets the description or lyrics. */
  public B prompt(String prompt) {
    this.prompt = prompt;
    return self();
  }

  /** Sets lyrics apart from the prompt (newer models). */
  public B lyrics(String lyrics) {
    this.lyrics = lyrics;
    return self();
  }

  /** Sets the style. */
  public B style(String style) {
    this.style = style;
    return self();
  }

  /** Sets the title. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** Asks for a song without vocals. */
  public B instrumental(boolean instrumental) {
    this.instrumental = instrumental;
    return self();
  }

  /** Sets the model; the default is {@link SunoModel#V4_5}. */
  public B model(SunoModel model) {
    this.model = Objects.requireNonNull(model, "model == null");
    return self();
  }

  /** Sets the song's length, whole seconds from 10 to 360. */
  public B duration(Duration duration) {
    this.duration = duration;
    return self();
  }

  /** Sets styles to avoid, voice, weights, variety and persona. */
  public B tuning(Tuning tuning) {
    this.tuning = Objects.requireNonNull(tuning, "tuning == null");
    return self();
  }

  /** Sets where results are pushed. */
  public B callbackUrl(URI callbackUrl) {
    this.callbackUrl = callbackUrl;
    return self();
  }

  Optional<String> prompt() {
    return Optional.ofNullable(prompt);
  }

  Optional<String> lyrics() {
    return Optional.ofNullable(lyrics);
  }

  Optional<String> style() {
    return Optional.ofNullable(style);
  }

  Optional<String> title() {
    return Optional.ofNullable(title);
  }

  Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  Optional<URI> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }
}
