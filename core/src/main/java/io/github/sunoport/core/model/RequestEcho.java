package io.github.sunoport.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request as a provider echoes it with a task, a JSON document the provider sends back as text. The raw text is
 * always kept; {@link #fields()} holds what could be read of it, and is empty when the text was not a JSON object.
 * Values are {@code String}, {@code Boolean}, {@code Double}, {@code List} or {@code Map}, all immutable; JSON nulls
 * are left out.
 *
 * <p>Adapters may read the fields only when they are first asked for, since most fetches never look at them; reading
 * never fails the task the echo came with. Two echoes are equal when their raw texts and fields are, however they
 * were made; implementations keep that contract ({@code hashCode} is the raw text's).
 */
public interface RequestEcho {
  /** Returns an echo of {@code raw} whose fields are {@code fields}, copied deeply into immutable collections. */
  static RequestEcho of(String raw, Map<String, Object> fields) {
    Objects.requireNonNull(raw, "raw == null");
    Objects.requireNonNull(fields, "fields == null");
    return new ReadEcho(raw, ReadEcho.copyMap(fields));
  }

  /** Returns an echo with nothing in it. */
  static RequestEcho empty() {
    return ReadEcho.EMPTY;
  }

  /** The text exactly as sent, possibly empty. */
  String raw();

  /** The top-level fields read from the text; empty when it was not a JSON object. */
  Map<String, Object> fields();

  /** The echoed prompt, if the request had a string {@code prompt}. */
  default Optional<String> prompt() {
    return string("prompt");
  }

  /** The echoed field {@code name}, if it is a string. */
  default Optional<String> string(String name) {
    Object value = fields().get(name);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
