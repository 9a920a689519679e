package io.github.sunoport.core.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why a task ended in {@link TaskState#FAILED}: the kind, and the provider's own error code and message.
 *
 * @param kind the normalized kind
 * @param code the provider's error code, when it sent one
 * @param message the provider's message, possibly empty, never null
 */
public record TaskFailure(FailureKind kind, OptionalInt code, String message) {
  /** Checks that no component is null. */
  public TaskFailure {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Returns a failure of {@code kind} with the provider's {@code code} (null when absent) and {@code message}. */
  public static TaskFailure of(FailureKind kind, Integer code, String message) {
    return new TaskFailure(
        kind, code == null ? OptionalInt.empty() : OptionalInt.of(code), message == null ? "" : message);
  }
}
