package io.github.sunoport.core.error;

import java.util.OptionalInt;

/**
 * A text field is longer than the provider allows for the chosen model. Adapters check the documented limits before
 * sending; providers answer it with sunoapi.org/kie.ai code 413.
 *
 * <p>Retrying the same request cannot help.
 */
public final class PromptTooLongException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  private final int limit;

  /** Creates the exception for {@code field}; {@code limit} is the allowed length, or -1 when unknown. */
  public PromptTooLongException(String summary, String field, int limit, ErrorDetails details) {
    super(summary, field, details);
    this.limit = limit;
  }

  /** The most characters the provider accepts in the field, when known. */
  public OptionalInt limit() {
    return limit < 0 ? OptionalInt.empty() : OptionalInt.of(limit);
  }
}
