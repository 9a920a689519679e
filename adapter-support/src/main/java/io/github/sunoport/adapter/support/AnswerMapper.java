package io.github.sunoport.adapter.support;

/**
 * Turns an answer to a call about {@code context} (a task id, a request) into a domain value, or throws the
 * {@link io.github.sunoport.core.error.SunoException} the answer stands for. Built once per operation by
 * {@link Answers#of}; immutable and thread-safe.
 *
 * @param <X> what the call was about
 * @param <R> the domain value
 */
@FunctionalInterface
public interface AnswerMapper<X, R> {
  /** Reads {@code answer} to a call about {@code context}. */
  R read(X context, Answer answer);
}
