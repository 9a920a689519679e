package io.github.sunoport.adapter.support;

import io.github.sunoport.core.await.PollScope;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.ProviderId;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
 * <p>One operation never takes longer than the settings' {@code operationTimeout}: each attempt's call timeout is cut
 * to what is left of it, and a retry whose wait would pass it is not made (the error it was for is thrown instead).
 * Without this bound, three attempts at a 30 s read timeout plus backoff hold a call for over 90 s, and a body that
 * trickles in a byte at a time for three call timeouts.
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
  private final Duration callTimeout;
  private final Duration operationTimeout;
  private final LongSupplier nanoTime;
  private final ExchangeEvents events;

  Exchange(ProviderId provider, RetryPolicy policy, Sleeper sleeper, Duration callTimeout, Duration operationTimeout,
      LongSupplier nanoTime, ExchangeEvents events) {
    this.provider = provider;
    this.policy = policy;
    this.sleeper = sleeper;
    this.callTimeout = callTimeout;
    this.operationTimeout = operationTimeout;
    this.nanoTime = nanoTime;
    this.events = events;
  }

  /**
   * Sends a read about {@code context} and maps its answer with {@code mapper}, retrying retryable failures outside
   * a poll; {@code call} makes a fresh call for each attempt. All attempts and the waits between them end within the
   * operation timeout.
   */
  public <X, T> T read(Supplier<Call<ResponseBody>> call, AnswerMapper<X, T> mapper, X context) {
    boolean polling = PollScope.isActive();
    long deadline = nanoTime.getAsLong() + operationTimeout.toNanos();
    for (int attempt = 1; ; attempt++) {
      Call<ResponseBody> next = call.get();
      ExchangeEvents.Attempt observed = events.start(next, attempt);
      try {
        return observe(next, deadline, mapper, context, observed);
      } catch (SunoException e) {
        if (polling || !e.isRetryable()) {
          throw e;
        }
        Optional<Duration> delay = policy.delayBeforeRetry(attempt, e.retryAfter());
        // A retry whose wait alone uses up the operation's time could only end in a timeout; the error is more useful.
        if (delay.isEmpty() || delay.get().toNanos() >= deadline - nanoTime.getAsLong()) {
          observed.gaveUp(e);
          throw e;
        }
        observed.retrying(delay.get(), e);
        pause(delay.get(), e);
      }
    }
  }

  /** Sends a write about {@code context} once, within the operation timeout, and maps its answer with {@code mapper}. */
  public <X, T> T write(Call<ResponseBody> call, AnswerMapper<X, T> mapper, X context) {
    return observe(call, nanoTime.getAsLong() + operationTimeout.toNanos(), mapper, context, events.start(call, 1));
  }

  private <X, T> T observe(Call<ResponseBody> call, long deadline, AnswerMapper<X, T> mapper, X context,
      ExchangeEvents.Attempt observed) {
    try {
      Answer answer = send(call, deadline);
      observed.answered(answer);
      T value = mapper.read(context, answer);
      observed.finished(null);
      return value;
    } catch (SunoException e) {
      observed.finished(e);
      throw e;
    }
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

  /**
   * Sends one attempt whose whole call (connect, send, wait, body) must end by {@code deadline} (a {@link System#nanoTime}
   * value) as well as within the call timeout.
   */
  Answer send(Call<ResponseBody> call, long deadline) {
    long left = deadline - nanoTime.getAsLong();
    boolean deadlineBinds = left < callTimeout.toNanos();
    if (left <= 0) {
      call.cancel();
      throw new ProviderTimeoutException("the operation took longer than its operationTimeout of " + operationTimeout,
          ErrorDetails.of(provider), null);
    }
    // OkHttp's call timeout spans the whole call including the body, which Exchange reads before returning.
    call.timeout().timeout(Math.min(left, callTimeout.toNanos()), TimeUnit.NANOSECONDS);
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (UndecodableBody e) {
      // Retrofit reads an error answer's whole body inside execute().
      throw undecodable(e);
    } catch (InterruptedIOException e) {
      throw new ProviderTimeoutException("no answer in time from " + call.request().url().encodedPath()
          + (deadlineBinds ? " within the operationTimeout of " + operationTimeout : ""), ErrorDetails.of(provider), e);
    } catch (IOException e) {
      throw new NetworkException("the connection failed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), ErrorDetails.of(provider), e);
    } catch (IllegalStateException e) {
      if (isInterimOnly(e)) {
        // OkHttp waits past one interim answer only; a second one (an endless "102 Processing") leaves its HTTP/1
        // reader in a state it reports as "state: 3".
        throw new ProtocolException("the provider sent interim answers (HTTP 1xx such as 102 Processing) and no final "
            + "one", ErrorDetails.of(provider), "", e);
      }
      throw new ProtocolException("the call could not be made: " + e.getMessage(), ErrorDetails.of(provider), "", e);
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

  private ProtocolException undecodable(UndecodableBody e) {
    return new ProtocolException("the answer says its body is gzip-compressed, but the body is not valid gzip data",
        ErrorDetails.of(provider, e.status(), null, ""), "", e);
  }

  private ProtocolException tooLarge(String size, String what, String bodyStart, int status) {
    return new ProtocolException("the answer's body is " + size + "larger than " + MAX_BODY_BYTES / (1024 * 1024)
        + " MiB (" + MAX_BODY_BYTES + " bytes), more than any answer of the provider; " + what,
        ErrorDetails.of(provider, status, null, ""), bodyStart, null);
  }

  /** Up to {@code bytes} of the body's start, for the error; a failure to read them only leaves the start out. */
  private static String start(BufferedSource source, int bytes) {
    try {
      source.request(bytes);
    } catch (IOException e) {
      // The body is refused for its size either way; what could not be read is not shown.
    }
    return source.getBuffer().snapshot((int) Math.min(bytes, source.getBuffer().size())).utf8();
  }

  private static boolean isInterimOnly(IllegalStateException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("okhttp3.internal.http1.")
        && String.valueOf(e.getMessage()).startsWith("state: ");
  }

  private byte[] read(ResponseBody body, int status) {
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      BufferedSource source = body.source();
      // An answer that declares its oversize is refused before it is read: no 8 MiB held, no wait for the rest of it.
      if (body.contentLength() > MAX_BODY_BYTES) {
        throw tooLarge(body.contentLength() + " bytes, ", "it was not read", start(source, 256), status);
      }
      if (source.request(MAX_BODY_BYTES + 1L)) {
        // The start of the body goes with the exception, so it can say what came instead of a provider's answer.
        throw tooLarge("", "it was not read further", source.getBuffer().snapshot(256).utf8(), status);
      }
      return source.getBuffer().readByteArray();
    } catch (UndecodableBody e) {
      throw undecodable(e);
    } catch (InterruptedIOException e) {
      throw new ProviderTimeoutException("the answer's body did not arrive in time (read, call or operation timeout)",
          ErrorDetails.of(provider, status, null, ""), e);
    } catch (IOException e) {
      throw new NetworkException("the connection failed while reading the answer: " + e,
          ErrorDetails.of(provider, status, null, ""), e);
    }
  }
}
