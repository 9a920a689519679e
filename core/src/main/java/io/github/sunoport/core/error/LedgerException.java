package io.github.sunoport.core.error;

/**
 * A task ledger could not record or answer: its database was unreachable, refused the statement, or holds rows this
 * version cannot read. The message names the ledger operation; the cause is the store's own exception.
 *
 * <p>Retrying can help when the store was only unreachable; a schema the ledger cannot read stays unreadable.
 */
public final class LedgerException extends SunoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary and the store's exception. */
  public LedgerException(String summary, Throwable cause) {
    super(summary, ErrorDetails.none(), cause);
  }

  /** Returns true: most store failures (connection lost, deadlock, fail-over) pass. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
