package io.github.sunoport.core.port;

import io.github.sunoport.core.model.Credits;

/** Reads the account. Implementations are thread-safe. */
public interface AccountPort {
  /** Returns the remaining credit balance; throws a {@link io.github.sunoport.core.error.SunoException} on failure. */
  Credits credits();
}
