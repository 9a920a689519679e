package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request to generate a sound effect or loop from a short description. The result arrives as a music task.
 *
 * @param prompt what the sound is, at most {@value #MAX_PROMPT_LENGTH} characters
 * @param model the model; which ones a provider offers for sounds is checked by the adapter
 * @param loop true for a sound that loops seamlessly
 * @param tempo beats per minute, 1 to 300, or empty to let the provider choose
 * @param key the musical key, or empty to let the provider choose
 * @param grabLyrics true to fetch lyric subtitles once the sound is done
 * @param callbackUrl where the provider should push results; optional even where music callbacks are required
 */
public record SoundsRequest(
    String prompt,
    SunoModel model,
    boolean loop,
    OptionalInt tempo,
    Optional<SoundKey> key,
    boolean grabLyrics,
    Optional<URI> callbackUrl) {

  /** The longest prompt every provider accepts. */
  public static final int MAX_PROMPT_LENGTH = 500;
  /** The fastest tempo, in beats per minute. */
  public static final int MAX_TEMPO = 300;

  /** Validates every field, naming the one at fault in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public SoundsRequest {
    Checks.printable(Checks.text(prompt, "prompt", MAX_PROMPT_LENGTH), "prompt");
    Objects.requireNonNull(model, "model == null");
    Checks.present(tempo, "tempo").ifPresent(t -> {
      if (t < 1 || t > MAX_TEMPO) {
        throw Checks.invalid("tempo", "must be between 1 and " + MAX_TEMPO + " BPM, was " + t);
      }
    });
    Checks.present(key, "key");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Returns a request for a one-shot sound described by {@code prompt}, with {@code model}. */
  public static SoundsRequest of(String prompt, SunoModel model) {
    return new SoundsRequest(prompt, model, false, OptionalInt.empty(), Optional.empty(), false, Optional.empty());
  }

  /** Returns a copy that loops seamlessly. */
  public SoundsRequest looping() {
    return new SoundsRequest(prompt, model, true, tempo, key, grabLyrics, callbackUrl);
  }

  /** Returns a copy at {@code bpm} beats per minute, 1 to 300. */
  public SoundsRequest withTempo(int bpm) {
    return new SoundsRequest(prompt, model, loop, OptionalInt.of(bpm), key, grabLyrics, callbackUrl);
  }

  /** Returns a copy in {@code key}. */
  public SoundsRequest withKey(SoundKey key) {
    return new SoundsRequest(prompt, model, loop, tempo, Optional.of(Objects.requireNonNull(key, "key == null")),
        grabLyrics, callbackUrl);
  }

  /** Returns a copy that also fetches lyric subtitles once done. */
  public SoundsRequest grabbingLyrics() {
    return new SoundsRequest(prompt, model, loop, tempo, key, true, callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public SoundsRequest withCallbackUrl(URI callbackUrl) {
    return new SoundsRequest(prompt, model, loop, tempo, key, grabLyrics,
        Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
