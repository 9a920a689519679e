package io.github.sunoport.adapter.support;

import io.github.sunoport.core.await.PollScope;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.ProviderId;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends calls and reads their answers. Reads are retried under the {@link RetryPolicy} on retryable errors; writes
 * (creating a task) are sent once, because a second send would spend credits twice.
 *
 * <p>Retries have one owner per path. A read made inside a poll of a {@link io.github.sunoport.core.await.TaskAwaiter}
 * ({@link PollScope#isActive()}) is sent once and its error handed to the awaiter, which polls again on its own
 * backoff; any other read is retried here, in {@link #read}, the one loop that decides about a call's attempts.
 *
 * <p>Every failure leaves here as a {@link SunoException}: timeouts, refused and reset connections, bodies over
 * {@value #MAX_BODY_BYTES} bytes, redirects.
 */
public final class Exchange {
  /** No documented answer comes near this; a larger body is not one of the provider's answers. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final ProviderId provider;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  Exchange(ProviderId provider, RetryPolicy policy, Sleeper sleeper) {
    this.provider = provider;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /**
   * Sends a read about {@code context} and maps its answer with {@code mapper}, retrying retryable failures outside
   * a poll; {@code call} makes a fresh call for each attempt.
   */
  public <X, T> T read(Supplier<Call<ResponseBody>> call, AnswerMapper<X, T> mapper, X context) {
    boolean polling = PollScope.isActive();
    for (int attempt = 1; ; attempt++) {
      try {
        return mapper.read(context, send(call.get()));
      } catch (SunoException e) {
        if (polling || !e.isRetryable()) {
          throw e;
        }
        Optional<Duration> retryAfter =
            e instanceof RateLimitedException limited ? limited.retryAfter() : Optional.empty();
        Optional<Duration> delay = policy.delayBeforeRetry(attempt, retryAfter);
        if (delay.isEmpty()) {
          throw e;
        }
        pause(delay.get(), e);
      }
    }
  }

  /** Sends a write about {@code context} once and maps its answer with {@code mapper}. */
  public <X, T> T write(Call<ResponseBody> call, AnswerMapper<X, T> mapper, X context) {
    return mapper.read(context, send(call));
  }

  private void pause(Duration delay, SunoException cause) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted while waiting to retry");
      cancelled.initCause(cause);
      throw cancelled;
    }
  }

  Answer send(Call<ResponseBody> call) {
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (InterruptedIOException e) {
      throw new ProviderTimeoutException("no answer in time from " + call.request().url().encodedPath(),
          ErrorDetails.of(provider), e);
    } catch (IOException e) {
      throw new NetworkException("the connection failed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), ErrorDetails.of(provider), e);
    } catch (RuntimeException e) {
      // Retrofit refuses some arguments (a path segment of "..") only when the call is built or run.
      throw new ProtocolException("the call could not be made: " + e.getMessage(), ErrorDetails.of(provider), "", e);
    }
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    Optional<Duration> retryAfter = RetryAfter.parse(response.headers().get("Retry-After"));
    byte[] bytes = read(body, response.code());
    Answer answer = new Answer(response.code(), bytes, retryAfter);
    if (response.code() >= 300 && response.code() < 400) {
      throw new ProtocolException("the provider answered with a redirect to '" + response.headers().get("Location")
          + "', which is not followed", ErrorDetails.of(provider, response.code(), null, ""), answer.text(), null);
    }
    return answer;
  }

  private byte[] read(ResponseBody body, int status) {
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      BufferedSource source = body.source();
      if (source.request(MAX_BODY_BYTES + 1L)) {
        throw new ProtocolException("the answer's body is larger than " + MAX_BODY_BYTES + " bytes",
            ErrorDetails.of(provider, status, null, ""), "", null);
      }
      return source.getBuffer().readByteArray();
    } catch (InterruptedIOException e) {
      throw new ProviderTimeoutException("the answer's body stalled", ErrorDetails.of(provider, status, null, ""), e);
    } catch (IOException e) {
      throw new NetworkException("the connection failed while reading the answer: " + e,
          ErrorDetails.of(provider, status, null, ""), e);
    }
  }
}
