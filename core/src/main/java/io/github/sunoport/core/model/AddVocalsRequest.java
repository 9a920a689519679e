package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to sing vocals over an uploaded instrumental. Title, style and the styles to avoid
 * ({@link Tuning#negativeTags()}) are required by every provider that offers it; what is sung comes from the prompt
 * or, on newer models, the lyrics. Without a model the provider picks its default.
 *
 * @param uploadUrl where the provider fetches the instrumental
 * @param title the title
 * @param style the style of the result
 * @param prompt what the vocals should be about, or the lyrics to sing
 * @param lyrics lyrics apart from the prompt (newer models); sung instead of the prompt when both are set
 * @param model the model, or empty for the provider's default
 * @param tuning styles to avoid (required), voice, weights and variety
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record AddVocalsRequest(
    URI uploadUrl,
    String title,
    String style,
    Optional<String> prompt,
    Optional<String> lyrics,
    Optional<SunoModel> model,
    Tuning tuning,
    Optional<URI> callbackUrl) {

  /** Validates every field, naming the one at fault in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public AddVocalsRequest {
    Checks.audioUrl(uploadUrl, "uploadUrl");
    Checks.printable(Checks.text(title, "title", MusicRequest.MAX_TEXT_LENGTH), "title");
    Checks.printable(Checks.text(style, "style", MusicRequest.MAX_TEXT_LENGTH), "style");
    Checks.optionalText(prompt, "prompt", MusicRequest.MAX_TEXT_LENGTH);
    Checks.optionalText(lyrics, "lyrics", MusicRequest.MAX_TEXT_LENGTH);
    Checks.present(model, "model");
    SongText.require(Checks.present(tuning, "tuning").negativeTags(), "negativeTags",
        "adding vocals needs the styles to avoid");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Returns a request to sing {@code prompt} over the instrumental at {@code uploadUrl}. */
  public static AddVocalsRequest of(URI uploadUrl, String title, String style, String negativeTags, String prompt) {
    return new AddVocalsRequest(uploadUrl, title, style, Optional.of(Objects.requireNonNull(prompt, "prompt == null")),
        Optional.empty(), Optional.empty(), Tuning.none().withNegativeTags(negativeTags), Optional.empty());
  }

  /** Returns a copy that sings {@code lyrics} (newer models). */
  public AddVocalsRequest withLyrics(String lyrics) {
    return new AddVocalsRequest(uploadUrl, title, style, prompt,
        Optional.of(Objects.requireNonNull(lyrics, "lyrics == null")), model, tuning, callbackUrl);
  }

  /** Returns a copy using {@code model}. */
  public AddVocalsRequest withModel(SunoModel model) {
    return new AddVocalsRequest(uploadUrl, title, style, prompt, lyrics,
        Optional.of(Objects.requireNonNull(model, "model == null")), tuning, callbackUrl);
  }

  /** Returns a copy with {@code tuning}; its styles to avoid are kept when {@code tuning} has none. */
  public AddVocalsRequest withTuning(Tuning tuning) {
    Objects.requireNonNull(tuning, "tuning == null");
    Tuning merged = tuning.negativeTags().isPresent() ? tuning : tuning.withNegativeTags(this.tuning.negativeTags()
        .orElseThrow());
    return new AddVocalsRequest(uploadUrl, title, style, prompt, lyrics, model, merged, callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public AddVocalsRequest withCallbackUrl(URI callbackUrl) {
    return new AddVocalsRequest(uploadUrl, title, style, prompt, lyrics, model, tuning,
        Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
