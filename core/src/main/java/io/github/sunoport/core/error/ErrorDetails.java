package io.github.sunoport.core.error;

import io.github.sunoport.core.model.ProviderId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed call: which provider answered, with which HTTP status, business code and message.
 * It never holds the API key.
 *
 * @param provider the provider called, when the error concerns one
 * @param httpStatus the HTTP status, when an answer arrived
 * @param providerCode the {@code code} in the answer's body, when there was one
 * @param providerMessage the provider's message, possibly empty
 */
public record ErrorDetails(
    Optional<ProviderId> provider, OptionalInt httpStatus, OptionalInt providerCode, String providerMessage) {
  private static final int MAX_MESSAGE = 500;

  /** Checks that no component is null and cuts the message to 500 characters. */
  public ErrorDetails {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(httpStatus, "httpStatus == null");
    Objects.requireNonNull(providerCode, "providerCode == null");
    Objects.requireNonNull(providerMessage, "providerMessage == null");
    if (providerMessage.length() > MAX_MESSAGE) {
      providerMessage = providerMessage.substring(0, MAX_MESSAGE) + "...";
    }
  }

  /** Returns details naming only the provider. */
  public static ErrorDetails of(ProviderId provider) {
    return new ErrorDetails(Optional.of(provider), OptionalInt.empty(), OptionalInt.empty(), "");
  }

  /** Returns details of an answer: HTTP status, body code (null when absent) and message (null when absent). */
  public static ErrorDetails of(ProviderId provider, int httpStatus, Integer providerCode, String providerMessage) {
    return new ErrorDetails(Optional.of(provider), OptionalInt.of(httpStatus),
        providerCode == null ? OptionalInt.empty() : OptionalInt.of(providerCode),
        providerMessage == null ? "" : providerMessage);
  }

  /** Returns details that concern no provider in particular. */
  public static ErrorDetails none() {
    return new ErrorDetails(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), "");
  }

  /** Renders the known parts, such as {@code kie, HTTP 200, code 402, "Insufficient credits"}. */
  String describe() {
    StringBuilder out = new StringBuilder();
    provider.ifPresent(p -> out.append(p));
    httpStatus.ifPresent(s -> out.append(out.length() > 0 ? ", " : "").append("HTTP ").append(s));
    providerCode.ifPresent(c -> out.append(out.length() > 0 ? ", " : "").append("code ").append(c));
    if (!providerMessage.isEmpty()) {
      out.append(out.length() > 0 ? ", " : "").append('"').append(providerMessage).append('"');
    }
    return out.toString();
  }
}
