package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to write lyrics. Each provider's limits (its documented maximum prompt length) are checked by the adapter
 * before anything is sent.
 *
 * @param prompt what the lyrics should be about; not blank, no control characters but tab and line breaks, at most
 *     {@value #MAX_PROMPT_LENGTH} characters
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record LyricsRequest(String prompt, Optional<URI> callbackUrl) {
  /** A bound above every provider's own limit. */
  public static final int MAX_PROMPT_LENGTH = 10_000;

  /**
   * Validates the prompt and the callback URL, naming the field in an
   * {@link io.github.sunoport.core.error.InvalidRequestException}.
   */
  public LyricsRequest {
    Checks.printable(Checks.text(prompt, "prompt", MAX_PROMPT_LENGTH), "prompt");
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    callbackUrl.ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Returns a request for lyrics about {@code prompt}, with no callback URL of its own. */
  public static LyricsRequest of(String prompt) {
    return new LyricsRequest(prompt, Optional.empty());
  }

  /** Returns a copy that asks for the result to be pushed to {@code callbackUrl}. */
  public LyricsRequest withCallbackUrl(URI callbackUrl) {
    return new LyricsRequest(prompt, Optional.of(Objects.requireNonNull(callbackUrl, "callbackUrl == null")));
  }
}
