package io.github.sunoport.adapter.support;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.observe.ExchangeFinished;
import io.github.sunoport.core.observe.HttpExchange;
import io.github.sunoport.core.observe.Listeners;
import io.github.sunoport.core.observe.RetryScheduled;
import io.github.sunoport.core.observe.SunoListener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Reports each HTTP exchange to the app: to {@link System.Logger} {@value #LOGGER} (one DEBUG line per attempt, INFO
 * per retry, WARNING when retries are used up, request and answer bodies at TRACE, capped and redacted) and to the
 * settings' {@link SunoListener}.
 */
final class ExchangeEvents {
  static final String LOGGER = "io.github.sunoport.http";
  /** Long enough for every documented answer's interesting part, short enough to keep a log readable. */
  static final int MAX_LOGGED_BODY_CHARS = 2_000;
  /** Read past the cap so that redaction, which may shorten the text, still leaves the cap's worth to show. */
  private static final int READ_FOR_LOG_BYTES = MAX_LOGGED_BODY_CHARS * 4;
  private static final System.Logger LOG = System.getLogger(LOGGER);

  private final ProviderId provider;
  private final SunoListener listener;
  private final Redactor redactor;
  /** Whether an app listens; {@link SunoListener#none()} is one instance, so events for it need not be built. */
  private final boolean told;

  private ExchangeEvents(ProviderId provider, SunoListener listener, Redactor redactor) {
    this.provider = provider;
    this.listener = listener;
    this.redactor = redactor;
    this.told = listener != SunoListener.none();
  }

  static ExchangeEvents of(ProviderId provider, ProviderSettings settings) {
    return new ExchangeEvents(provider, settings.listener(), Redactor.of(settings));
  }

  /**
   * Starts reporting one attempt at {@code call}. With no listener and DEBUG off (the usual case in production) the
   * events are never built: an attempt then costs one small object, not a dozen per call.
   */
  Attempt start(Call<?> call, int attempt) {
    Attempt started = new Attempt(call, attempt, System.nanoTime());
    if (told) {
      HttpExchange exchange = started.exchange();
      Listeners.tell(listener, l -> l.exchangeStarted(exchange));
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, prefix(started.exchange()) + " request body: " + requestBody(started.call));
    }
    return started;
  }

  /** One attempt being reported; not thread-safe, used by the thread making the call. */
  final class Attempt {
    private final Call<?> call;
    private final int number;
    private final long startNanos;
    private HttpExchange exchange;
    private int status = -1;
    private long answeredNanos;

    private Attempt(Call<?> call, int number, long startNanos) {
      this.call = call;
      this.number = number;
      this.startNanos = startNanos;
    }

    /** The exchange as the listener and the log name it, built on first use. */
    private HttpExchange exchange() {
      if (exchange == null) {
        exchange = describe(call, number);
      }
      return exchange;
    }

    /** Notes the answer as received, before it is read into a domain value. */
    void answered(Answer answer) {
      status = answer.status();
      answeredNanos = System.nanoTime();
      if (LOG.isLoggable(Level.TRACE)) {
        LOG.log(Level.TRACE, () -> prefix(exchange()) + " answer body: " + capped(new String(answer.body(), 0,
            Math.min(answer.body().length, READ_FOR_LOG_BYTES), StandardCharsets.UTF_8), answer.body().length));
      }
    }

    /** Ends the attempt: {@code error} is null when it succeeded. */
    void finished(SunoException error) {
      boolean logged = LOG.isLoggable(Level.DEBUG);
      if (!told && !logged) {
        return;
      }
      Duration took = Duration.ofNanos((status >= 0 ? answeredNanos : System.nanoTime()) - startNanos);
      OptionalInt seen = status >= 0 ? OptionalInt.of(status)
          : error == null ? OptionalInt.empty() : error.details().httpStatus();
      if (logged) {
        LOG.log(Level.DEBUG, prefix(exchange()) + " status=" + (seen.isPresent() ? seen.getAsInt() : "none")
            + " ms=" + took.toMillis() + (error == null ? "" : " error=" + error.getClass().getSimpleName()));
      }
      if (told) {
        ExchangeFinished finished = new ExchangeFinished(exchange(), seen, took, Optional.ofNullable(error));
        Listeners.tell(listener, l -> l.exchangeFinished(finished));
      }
    }

    /** Reports that the failed attempt will be retried after {@code delay}. */
    void retrying(Duration delay, SunoException cause) {
      LOG.log(Level.INFO, () -> prefix(exchange()) + " retrying in " + delay.toMillis() + " ms after "
          + cause.getClass().getSimpleName() + ": " + redactor.redact(String.valueOf(cause.getMessage())));
      if (told) {
        RetryScheduled retry = new RetryScheduled(exchange(), delay, cause);
        Listeners.tell(listener, l -> l.retryScheduled(retry));
      }
    }

    /** Reports that a retryable failure ends the call because the retry policy allows no more attempts. */
    void gaveUp(SunoException cause) {
      if (cause.isRetryable()) {
        LOG.log(Level.WARNING, () -> prefix(exchange()) + " giving up after " + number + " attempt(s): "
            + cause.getClass().getSimpleName() + ": " + redactor.redact(String.valueOf(cause.getMessage())));
      }
    }
  }

  private HttpExchange describe(Call<?> call, int attempt) {
    try {
      Request request = call.request();
      Invocation invocation = request.tag(Invocation.class);
      String operation = invocation == null ? "call" : invocation.method().getName();
      return new HttpExchange(provider, operation, request.method(), request.url().encodedPath(), attempt);
    } catch (RuntimeException e) {
      // Retrofit refuses some arguments (a path segment of "..") when the request is built; Exchange.send reports
      // that as a ProtocolException, so here it is an exchange that never went out.
      return new HttpExchange(provider, "call", "?", "(not built)", attempt);
    }
  }

  private static String prefix(HttpExchange e) {
    return "provider=" + e.provider() + " operation=" + e.operation() + " method=" + e.method() + " path=" + e.path()
        + " attempt=" + e.attempt();
  }

  private String requestBody(Call<?> call) {
    RequestBody body;
    try {
      body = call.request().body();
    } catch (RuntimeException e) {
      return "(not built)";
    }
    if (body == null) {
      return "(none)";
    }
    try {
      if (body.isOneShot()) {
        return "(not logged: one-shot)";
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      long size = buffer.size();
      return capped(buffer.readString(Math.min(size, READ_FOR_LOG_BYTES), StandardCharsets.UTF_8), size);
    } catch (IOException e) {
      return "(not readable: " + e.getClass().getSimpleName() + ")";
    }
  }

  /** Redacts first, then cuts, so that a secret is never shown in part. */
  private String capped(String text, long bytes) {
    String redacted = redactor.redact(text);
    return (redacted.length() <= MAX_LOGGED_BODY_CHARS ? redacted
        : redacted.substring(0, MAX_LOGGED_BODY_CHARS) + "...") + " (" + bytes + " bytes)";
  }
}
