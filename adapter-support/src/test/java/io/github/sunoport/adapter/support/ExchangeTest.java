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

import io.github.sunoport.core.config.ProviderSettings;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void read_waits_the_retry_after_of_a_503_page() {
    // given
    mws.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3")
        .setBody("<html><body>503 Service Temporarily Unavailable</body></html>"));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(sleeper.slept).containsExactly(Duration.ofSeconds(3));
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
      assertThat(e.bodyStart()).startsWith("aaaa");
    }).hasMessageContaining("is " + (Exchange.MAX_BODY_BYTES + 1) + " bytes, larger than 8 MiB ("
        + Exchange.MAX_BODY_BYTES + " bytes)").hasMessageContaining("it was not read")
        .hasMessageNotContaining("the body was empty");
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refuses_a_chunked_body_once_it_passes_the_maximum_size() {
    // given: no Content-Length to refuse it by, so it is read up to the cap
    mws.enqueue(new MockResponse().setChunkedBody("a".repeat(Exchange.MAX_BODY_BYTES + 1), 1 << 20));

    // when / then
    assertThatThrownBy(this::read).isInstanceOfSatisfying(ProtocolException.class, e -> {
      assertThat(e.httpStatus()).hasValue(200);
      assertThat(e.bodyStart()).startsWith("aaaa");
    }).hasMessageContaining("larger than 8 MiB (" + Exchange.MAX_BODY_BYTES + " bytes)")
        .hasMessageContaining("not read further");
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

  private void reopen(ProviderSettings.Builder settings) {
    transport.close();
    transport = Transports.open(settings.build(), sleeper);
  }

  @Test
  void a_server_that_accepts_and_never_answers_is_given_up_at_the_operation_timeout_however_many_attempts_are_left() {
    // given: five attempts of a 300 ms read timeout would take 1.5 s; the operation may take 700 ms
    reopen(Transports.settings(mws).readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(10))
        .operationTimeout(Duration.ofMillis(700))
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, Duration.ofSeconds(1))));
    for (int i = 0; i < 5; i++) {
      mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    // when
    long start = System.nanoTime();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::read);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // then: the attempts stopped before the policy's five
    assertThat(thrown).isInstanceOf(ProviderTimeoutException.class);
    assertThat(mws.getRequestCount()).isBetween(1, 4);
    assertThat(took).as("generous bound").isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void a_body_trickling_in_a_byte_at_a_time_ends_at_the_operation_timeout() {
    // given: 4 KiB at one byte every 50 ms would take over three minutes, and never trips the read timeout
    reopen(Transports.settings(mws).readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(60))
        .operationTimeout(Duration.ofMillis(600)).retryPolicy(RetryPolicy.none()));
    String body = "{\"code\":200,\"data\":\"" + "a".repeat(4096) + "\"}";
    mws.enqueue(new MockResponse().setBody(body).throttleBody(1, 50, TimeUnit.MILLISECONDS));

    // when
    long start = System.nanoTime();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::read);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // then
    assertThat(thrown).isInstanceOfSatisfying(ProviderTimeoutException.class,
        e -> assertThat(e.isRetryable()).isTrue());
    assertThat(mws.getRequestCount()).isEqualTo(1);
    assertThat(took).as("generous bound").isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void a_retry_whose_wait_would_pass_the_operation_timeout_is_not_made_and_the_error_is_thrown() {
    // given: the policy would wait 5 s before the second attempt; the operation may take 1 s
    reopen(Transports.settings(mws).operationTimeout(Duration.ofSeconds(1))
        .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(5), 1.0, Duration.ofSeconds(30))));
    mws.enqueue(new MockResponse().setResponseCode(500).setBody(SERVER_ERROR));
    mws.enqueue(new MockResponse().setBody(OK));

    // when / then
    assertThatThrownBy(this::read).isInstanceOf(ProviderServerException.class);
    assertThat(mws.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.slept).isEmpty();
  }

  @Test
  void a_write_is_bounded_by_the_operation_timeout_too() {
    // given
    reopen(Transports.settings(mws).readTimeout(Duration.ofSeconds(30)).operationTimeout(Duration.ofMillis(400)));
    mws.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    // when / then
    assertThatThrownBy(this::write).isInstanceOf(ProviderTimeoutException.class)
        .hasMessageContaining("operationTimeout");
    assertThat(mws.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 500})
  void a_body_announced_as_gzip_that_does_not_decompress_is_a_protocol_error_in_plain_words(int status) {
    // given
    reopen(RetryPolicy.none(), Duration.ofSeconds(5));
    mws.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Encoding", "gzip")
        .setBody("this is not gzip at all, just text that says it is"));

    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::read);

    // then
    assertThat(thrown).isInstanceOfSatisfying(ProtocolException.class,
            e -> assertThat(e.httpStatus()).hasValue(status))
        .hasMessageContaining("gzip")
        .hasMessageNotContaining("ID1ID2").hasMessageNotContaining("0x");
  }

  @Test
  void a_gzip_compressed_answer_is_read_as_usual() throws IOException {
    okio.Buffer zipped = new okio.Buffer();
    try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(zipped))) {
      sink.writeUtf8(OK);
    }
    mws.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip").setBody(zipped));

    assertThat(read()).isEqualTo("done");
  }

  @Test
  void endless_interim_102_answers_are_a_protocol_error_in_plain_words() throws Exception {
    // given: a server that answers every request with "102 Processing" and never with a final status
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        while (!server.isClosed()) {
          try (java.net.Socket socket = server.accept()) {
            socket.setSoTimeout(2_000);
            java.io.InputStream in = socket.getInputStream();
            byte[] head = new byte[4096];
            in.read(head);
            java.io.OutputStream out = socket.getOutputStream();
            for (int i = 0; i < 200; i++) {
              out.write("HTTP/1.1 102 Processing\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
              out.flush();
            }
            Thread.sleep(1_000);
          } catch (IOException | InterruptedException e) {
            return;
          }
        }
      });
      answering.setDaemon(true);
      answering.start();
      reopen(Transports.settings(mws).baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/kie/")
          .readTimeout(Duration.ofMillis(500)).retryPolicy(RetryPolicy.none()));

      // when
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::read);

      // then
      assertThat(thrown).isInstanceOf(ProtocolException.class)
          .hasMessageContaining("102")
          .hasMessageNotContaining("state: ");
    }
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
