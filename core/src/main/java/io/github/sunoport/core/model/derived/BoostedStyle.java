package io.github.sunoport.core.model.derived;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A short style description expanded into a richer one, ready to pass as a music request's style.
 *
 * @param style the boosted style text
 * @param creditsUsed what the call cost, when the provider says
 * @param creditsRemaining the balance after the call, when the provider says
 */
public record BoostedStyle(String style, Optional<BigDecimal> creditsUsed, Optional<BigDecimal> creditsRemaining) {
  /** Checks that the style is not blank and nothing is null. */
  public BoostedStyle {
    Objects.requireNonNull(style, "style == null");
    if (style.isBlank()) {
      throw new IllegalArgumentException("style is blank");
    }
    Objects.requireNonNull(creditsUsed, "creditsUsed == null");
    Objects.requireNonNull(creditsRemaining, "creditsRemaining == null");
  }
}
