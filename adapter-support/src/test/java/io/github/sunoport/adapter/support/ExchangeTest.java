package io.github.sunoport.adapter.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.List;
import java.util.ArrayList;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.await.AwaitOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExchangeTest {
  private static final String OK = "{\"code\":200,\"msg\":\"success\",\"data\":\"done\"}";
  private static final String SERVER_ERROR = "{\"code\":500,\"msg\":\"Server Error\",\"data\":null}";

  private final MockWebServer mws = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private HttpTransport transport;

  @BeforeEach
  void start() throws IOException {
    mws.start();
    transport = Transports.open(Transports.settings(mws).build(), sleeper);
  }

  @AfterEach
  void stop() throws IOException {
    transport.close();
    mws.close();
  }

  private String read() {
    return transport.exchange().read(() -> transport.service(TestApi.class).ping(), Transports.DATA, null);
  }

  private String write() {
    return transport.exchange().write(transport.service(TestApi.class).submit(Map.of("prompt", "x")), Transports.DATA, null);
  }

  private void reopen(RetryPolicy policy, Duration readTimeout) {
    transport.close();
    transport = Transports.open(Transports.settings(mws).retryPolicy(policy).readTimeout(readTimeout).build(), sleeper);
  }

  @Test
  void read_retries_a_server_error_and_returns_the_later_success() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(500).setBody(SERVER_ERROR));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(mws.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.slept).containsExactly(Duration.ofMillis(1));
  }

  @Test
  void read_gives_up_after_max_attempts_and_rethrows_the_last_failure() {
    // given
    for (int i = 0; i < 4; i++) {
      mws.enqueue(new MockResponse().setResponseCode(503).setBody(SERVER_ERROR));
    }

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(ProviderServerException.class);
    assertThat(mws.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.slept).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
  }

  @Test
  void read_retries_an_http_429_without_retry_after_on_the_backoff() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(429).setBody("Too Many Requests"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(sleeper.slept).containsExactly(Duration.ofMillis(1));
  }

  @Test
  void read_retries_body_code_455_as_maintenance() {
    // given
    mws.enqueue(new MockResponse().setBody("{\"code\":455,\"msg\":\"System maintenance\"}"));
    mws.enqueue(new MockResponse().setBody("{\"code\":455,\"msg\":\"System maintenance\"}"));
    mws.enqueue(new MockResponse().setBody("{\"code\":455,\"msg\":\"System maintenance\"}"));

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(MaintenanceException.class)
        .satisfies(e -> assertThat(((MaintenanceException) e).providerCode()).hasValue(455));
    assertThat(mws.getRequestCount()).isEqualTo(3);
  }

  @Test
  void read_retries_an_http_455_with_a_plain_text_body_as_maintenance() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(455).setBody("Service Unavailable"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(mws.getRequestCount()).isEqualTo(2);
  }

  @Test
  void read_retries_a_dropped_connection() {
    // given
    mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(sleeper.slept).hasSize(1);
  }

  @Test
  void read_does_not_retry_an_error_retrying_cannot_fix() {
    // given
    mws.enqueue(new MockResponse().setBody("{\"code\":401,\"msg\":\"You do not have access permissions\"}"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(AuthenticationException.class);
    assertThat(mws.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.slept).isEmpty();
  }

  @Test
  void read_waits_the_retry_after_seconds_the_provider_asks_for() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2").setBody("slow down"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(sleeper.slept).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void read_stops_retrying_when_retry_after_exceeds_the_policy_cap() {
    // given: the policy honours at most 5 s
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "6").setBody("slow down"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when / then
    assertThatThrownBy(this::read).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(6)));
    assertThat(mws.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.slept).isEmpty();
  }

  @Test
  void read_stops_retrying_when_retry_after_is_absurdly_long() {
    // given: more digits than a sane header, which must not be taken as "no Retry-After"
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "99999999").setBody("slow down"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when / then
    assertThatThrownBy(this::read).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)));
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }

  @Test
  void write_is_sent_once_even_when_the_provider_fails() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(500).setBody(SERVER_ERROR));
    mws.enqueue(new MockResponse().setBody(OK));

    // when / then
    assertThatThrownBy(this::write).isInstanceOf(ProviderServerException.class);
    assertThat(mws.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.slept).isEmpty();
  }

  @Test
  void write_is_not_resent_when_a_reused_connection_drops_after_the_request() throws Exception {
    // given: a first call leaves a pooled connection, which the server drops once the write has arrived
    mws.enqueue(new MockResponse().setBody(OK));
    mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mws.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":\"second task\"}"));
    read();

    // when / then
    assertThatThrownBy(this::write).isInstanceOf(NetworkException.class);
    assertThat(mws.getRequestCount()).isEqualTo(2);
    assertThat(mws.takeRequest().getPath()).isEqualTo("/kie/ping");
    assertThat(mws.takeRequest().getPath()).isEqualTo("/kie/submit");
  }

  @Test
  void accepts_a_body_of_exactly_the_maximum_size() {
    // given
    String prefix = "{\"code\":200,\"data\":\"";
    String suffix = "\"}";
    String body = prefix + "a".repeat(Exchange.MAX_BODY_BYTES - prefix.length() - suffix.length()) + suffix;
    mws.enqueue(new MockResponse().setBody(body));

    // when
    String data = read();

    // then
    assertThat(data).hasSize(Exchange.MAX_BODY_BYTES - prefix.length() - suffix.length());
  }

  @Test
  void refuses_a_body_one_byte_over_the_maximum_size() {
    // given
    mws.enqueue(new MockResponse().setBody("a".repeat(Exchange.MAX_BODY_BYTES + 1)));

    // when / then
    assertThatThrownBy(this::read).isInstanceOfSatisfying(ProtocolException.class, e -> {
      assertThat(e.httpStatus()).hasValue(200);
      assertThat(e.isRetryable()).isFalse();
    }).hasMessageContaining("larger than " + Exchange.MAX_BODY_BYTES);
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_stalled_body_is_a_provider_timeout() {
    // given
    reopen(RetryPolicy.none(), Duration.ofMillis(100));
    mws.enqueue(new MockResponse().setBody(OK).throttleBody(1, 400, TimeUnit.MILLISECONDS));

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(ProviderTimeoutException.class)
        .satisfies(e -> assertThat(((ProviderTimeoutException) e).isRetryable()).isTrue());
  }

  @Test
  void no_answer_at_all_is_a_provider_timeout() {
    // given
    reopen(RetryPolicy.none(), Duration.ofMillis(100));
    mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(ProviderTimeoutException.class).hasMessageContaining("/kie/ping");
  }

  @Test
  void a_refused_connection_is_a_network_exception_after_the_retries() throws IOException {
    // given: a port nothing listens on any more
    MockWebServer closed = new MockWebServer();
    closed.start();
    String base = closed.url("/kie/").toString();
    closed.close();
    transport.close();
    transport = Transports.open(Transports.settings(mws).baseUrl(base).build(), sleeper);

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(((NetworkException) e).provider()).contains(Transports.PROVIDER));
    assertThat(sleeper.slept).hasSize(2);
  }

  @Test
  void an_interrupted_wait_becomes_a_cancellation_and_keeps_the_interrupt_flag() {
    // given
    transport.close();
    transport = Transports.open(Transports.settings(mws).build(), d -> {
      throw new InterruptedException();
    });
    mws.enqueue(new MockResponse().setResponseCode(500).setBody(SERVER_ERROR));

    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::read);
    boolean interrupted = Thread.interrupted(); // also clears the flag for the next tests

    // then
    assertThat(thrown).isInstanceOf(CancellationException.class).hasCauseInstanceOf(ProviderServerException.class);
    assertThat(interrupted).isTrue();
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }

  @Test
  void inside_a_poll_of_an_await_a_read_is_sent_once_and_the_awaiter_alone_retries() {
    // given: two rate-limited answers, then the answer
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    mws.enqueue(new MockResponse().setBody(OK));
    List<Duration> awaiterWaits = new ArrayList<>();
    TaskAwaiter awaiter = TaskAwaiter.builder().sleeper(awaiterWaits::add).build();
    AtomicInteger polls = new AtomicInteger();
    TaskId id = new TaskId(Transports.PROVIDER, "t1");

    // when: every poll reads through the exchange
    LyricsTask done = awaiter.await(polled -> {
      polls.incrementAndGet();
      String data = read();
      return new LyricsTask(polled, TaskState.SUCCEEDED, data, RequestEcho.empty(), List.of(), Optional.empty(),
          TaskTimes.none());
    }, id, AwaitOptions.until(TaskState.SUCCEEDED));

    // then: one request per poll, no wait of the exchange's own, two waits of the awaiter's
    assertThat(done.rawStatus()).isEqualTo("done");
    assertThat(polls).hasValue(3);
    assertThat(mws.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.slept).as("the exchange's own backoff").isEmpty();
    assertThat(awaiterWaits).hasSize(2);
  }

  @Test
  void outside_an_await_the_same_read_is_retried_by_the_exchange() {
    mws.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    mws.enqueue(new MockResponse().setBody(OK));

    assertThat(read()).isEqualTo("done");
    assertThat(mws.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.slept).hasSize(1);
  }
}
