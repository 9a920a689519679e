package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.ProviderId;
import java.util.Objects;
import java.util.Optional;

/**
 * The one seam from "answer received" to "domain value" for one provider: open the envelope (HTTP status and body
 * code checked against the provider's {@link ErrorTable}), then run the operation's mapping function, turning a
 * missing field or a value the domain model refuses into a {@link ProtocolException} that carries the answer. An
 * operation's reader is built once, when the client is:
 *
 * <pre>{@code
 * AnswerMapper<TaskId, LyricsTask> lyricsTask = answers.of(lyricsEnvelope,
 *     (id, envelope) -> mapper.lyricsTaskFrom(id, Answers.required(envelope.data(), "data")));
 * }</pre>
 */
public final class Answers {
  private final ProviderId provider;
  private final ErrorTable table;

  /** Returns the seam for {@code provider}, whose body codes {@code table} knows. */
  public Answers(ProviderId provider, ErrorTable table) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
    this.table = Objects.requireNonNull(table, "table == null");
  }

  /**
   * How an opened envelope becomes a domain value. A mapping may throw {@link IllegalArgumentException},
   * {@link NullPointerException} or {@link ClassCastException} for values that make no sense, or the domain model's
   * {@link InvalidRequestException} for a value it refuses (a task id with white space): here the value came from the
   * provider, so the answer is at fault. It reports a missing field through {@link Answers#required}.
   *
   * @param <X> what the call was about
   * @param <E> the envelope
   * @param <R> the domain value
   */
  @FunctionalInterface
  public interface Mapping<X, E, R> {
    /** Maps {@code envelope}, the answer to a call about {@code context}. */
    R map(X context, E envelope);
  }

  /** Returns the reader of answers parsed by {@code envelope} and mapped by {@code mapping}. */
  public <E extends Enveloped, X, R> AnswerMapper<X, R> of(JsonAdapter<E> envelope, Mapping<X, E, R> mapping) {
    Objects.requireNonNull(envelope, "envelope == null");
    Objects.requireNonNull(mapping, "mapping == null");
    return (context, answer) -> {
      E opened = Envelopes.open(answer, envelope, table, provider);
      try {
        return required(mapping.map(context, opened), "a value");
      } catch (Missing missing) {
        if (answer.status() == Envelopes.ACCEPTED) {
          // An HTTP 202 without the result: the provider is still working, which a later read may see through.
          throw Envelopes.stillWorking(answer, provider, null);
        }
        throw new ProtocolException("the answer lacks " + missing.field,
            ErrorDetails.of(provider, answer.status(), null, ""), answer.text(), null);
      } catch (InvalidRequestException | IllegalArgumentException | NullPointerException | ClassCastException e) {
        throw JsonBodies.unreadable("the answer holds values that make no sense: " + JsonBodies.shorten(e.getMessage()),
            answer, provider, e);
      }
    };
  }

  /**
   * Returns {@code value}, or, inside a mapping, reports {@code field} as missing from the answer. The seam turns the
   * report into a {@link ProtocolException} naming the field.
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new Missing(field);
    }
    return value;
  }

  /** Returns {@code value} when present and not blank. */
  public static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** A field the answer lacks; caught by the seam, so it needs no stack trace. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    Missing(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }
}
