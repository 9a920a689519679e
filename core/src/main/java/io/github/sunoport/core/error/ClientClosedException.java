package io.github.sunoport.core.error;

import io.github.sunoport.core.model.ProviderId;

/**
 * The client was {@linkplain io.github.sunoport.core.port.SunoClient#close() closed} before the call. Raised before
 * anything is sent.
 *
 * <p>Retrying on the same client cannot help; open a new one.
 */
public final class ClientClosedException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary and the provider whose client was closed. */
  public ClientClosedException(String summary, ErrorDetails details) {
    super(summary, details, null);
  }

  /** Returns the error for calling {@code operation} on a closed client of {@code provider}. */
  public static ClientClosedException of(ProviderId provider, String operation) {
    return new ClientClosedException("the client of provider '" + provider + "' is closed; " + operation
        + " was not sent", ErrorDetails.of(provider));
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
