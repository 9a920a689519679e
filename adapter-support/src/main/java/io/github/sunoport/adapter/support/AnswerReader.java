package io.github.sunoport.adapter.support;

/**
 * Turns an answer into a result, or throws the {@link io.github.sunoport.core.error.SunoException} it stands for.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface AnswerReader<T> {
  /** Reads {@code answer}. */
  T read(Answer answer);
}
