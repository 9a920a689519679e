package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to build an accompaniment under an uploaded vocal or melody track. Title, style (sent as the provider's
 * {@code tags}) and the styles to avoid ({@link Tuning#negativeTags()}) are required by every provider that offers it.
 * Without a model the provider picks its default.
 *
 * @param uploadUrl where the provider fetches the vocal or melody track
 * @param title the title
 * @param style the styles to include
 * @param lyrics the lyrics of the uploaded vocals (newer models)
 * @param model the model, or empty for the provider's default
 * @param tuning styles to avoid (required), voice, weights and variety
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record AddInstrumentalRequest(
    URI uploadUrl,
    String title,
    String style,
    Optional<String> lyrics,
    Optional<SunoModel> model,
    Tuning tuning,
    Optional<URI> callbackUrl) {

  /** Validates every field, naming the one at fault in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public AddInstrumentalRequest {
    Checks.audioUrl(uploadUrl, "uploadUrl");
    Checks.printable(Checks.text(title, "title", MusicRequest.MAX_TEXT_LENGTH), "title");
    Checks.printable(Checks.text(style, "style", MusicRequest.MAX_TEXT_LENGTH), "style");
    Checks.optionalText(lyrics, "lyrics", MusicRequest.MAX_TEXT_LENGTH);
    Checks.present(model, "model");
    SongText.require(Checks.present(tuning, "tuning").negativeTags(), "negativeTags",
        "adding an instrumental needs the styles to avoid");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Returns a request to accompany the track at {@code uploadUrl} in {@code style}, avoiding {@code negativeTags}. */
  public static AddInstrumentalRequest of(URI uploadUrl, String title, String style, String negativeTags) {
    return new AddInstrumentalRequest(uploadUrl, title, style, Optional.empty(), Optional.empty(),
        Tuning.none().withNegativeTags(negativeTags), Optional.empty());
  }

  /** Returns a copy naming the uploaded vocals' {@code lyrics} (newer models). */
  public AddInstrumentalRequest withLyrics(String lyrics) {
    return new AddInstrumentalRequest(uploadUrl, title, style,
        Optional.of(Objects.requireNonNull(lyrics, "lyrics == null")), model, tuning, callbackUrl);
  }

  /** Returns a copy using {@code model}. */
  public AddInstrumentalRequest withModel(SunoModel model) {
    return new AddInstrumentalRequest(uploadUrl, title, style, lyrics,
        Optional.of(Objects.requireNonNull(model, "model == null")), tuning, callbackUrl);
  }

  /** Returns a copy with {@code tuning}; its styles to avoid are kept when {@code tuning} has none. */
  public AddInstrumentalRequest withTuning(Tuning tuning) {
    Objects.requireNonNull(tuning, "tuning == null");
    Tuning merged = tuning.negativeTags().isPresent() ? tuning : tuning.withNegativeTags(this.tuning.negativeTags()
        .orElseThrow());
    return new AddInstrumentalRequest(uploadUrl, title, style, lyrics, model, merged, callbackUrl);
  }

  /** Returns a copy that pushes results to {@code callbackUrl}. */
  public AddInstrumentalRequest withCallbackUrl(URI callbackUrl) {
    return new AddInstrumentalRequest(uploadUrl, title, style, lyrics, model, tuning,
        Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
