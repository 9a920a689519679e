package io.github.sunoport.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account's remaining credit balance. Providers send whole numbers, decimals, or a balance split into parts,
 * which the adapter adds up.
 *
 * @param remaining the balance
 */
public record Credits(BigDecimal remaining) {
  /** Checks that the balance is not null. */
  public Credits {
    Objects.requireNonNull(remaining, "remaining == null");
  }

  /** Returns a balance of {@code remaining}. */
  public static Credits of(BigDecimal remaining) {
    return new Credits(remaining);
  }

  /** Returns a balance of {@code remaining}. */
  public static Credits of(long remaining) {
    return new Credits(BigDecimal.valueOf(remaining));
  }

  /** Returns true if the balance is greater than zero. */
  public boolean isPositive() {
    return remaining.signum() > 0;
  }
}
