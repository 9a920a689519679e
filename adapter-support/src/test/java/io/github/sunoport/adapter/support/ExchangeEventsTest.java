package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.observe.ExchangeFinished;
import io.github.sunoport.core.observe.HttpExchange;
import io.github.sunoport.core.observe.RetryScheduled;
import io.github.sunoport.core.observe.SunoListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExchangeEventsTest {
  private static final String OK = "{\"code\":200,\"msg\":\"success\",\"data\":\"done\"}";
  private static final String SERVER_ERROR = "{\"code\":500,\"msg\":\"boom\"}";

  private final MockWebServer mws = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();
  private CapturedLog log;
  private HttpTransport transport;

  @BeforeEach
  void start() throws IOException {
    mws.start();
    log = new CapturedLog(ExchangeEvents.LOGGER);
  }

  @AfterEach
  void stop() throws IOException {
    log.close();
    if (transport != null) {
      transport.close();
    }
    mws.close();
  }

  private void open() {
    transport = Transports.open(Transports.settings(mws).listener(listener).build(), new RecordingSleeper());
  }

  private String read() {
    return transport.exchange().read(() -> transport.service(TestApi.class).ping(), Transports.DATA, null);
  }

  @Test
  void a_retried_read_tells_the_listener_of_each_attempt_and_the_retry_in_order() {
    // given
    open();
    mws.enqueue(new MockResponse().setResponseCode(500).setBody(SERVER_ERROR));
    mws.enqueue(new MockResponse().setBody(OK));

    // when
    String data = read();

    // then
    assertThat(data).isEqualTo("done");
    assertThat(listener.events).containsExactly("started ping 1", "finished ping 1 500 ProviderServerException",
        "retry ping 1 in PT0.001S", "started ping 2", "finished ping 2 200 ok");
    HttpExchange first = listener.started.get(0);
    assertThat(first.provider()).isEqualTo(Transports.PROVIDER);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/kie/ping");
  }

  @Test
  void logs_one_debug_line_per_attempt_an_info_line_per_retry_and_a_warning_on_giving_up() {
    // given
    open();
    for (int i = 0; i < 3; i++) {
      mws.enqueue(new MockResponse().setResponseCode(503).setBody(SERVER_ERROR));
    }

    // when
    assertThatThrownBy(this::read).isInstanceOf(ProviderServerException.class);

    // then
    assertThat(log.at(Level.FINE)).hasSize(3).allSatisfy(line -> assertThat(line)
        .matches("provider=kie operation=ping method=GET path=/kie/ping attempt=[123] status=503 ms=\\d+ "
            + "error=ProviderServerException"));
    assertThat(log.at(Level.INFO)).hasSize(2).first().asString().contains("attempt=1 retrying in 1 ms");
    assertThat(log.at(Level.WARNING)).singleElement().asString().contains("attempt=3 giving up after 3 attempt(s)");
  }

  @Test
  void a_write_is_one_exchange_with_its_bodies_at_trace_and_secrets_redacted() {
    // given
    open();
    mws.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":\"ok\",\"token\":\"tok-secret\","
        + "\"echo\":\"Bearer " + Transports.KEY + "\"}"));

    // when
    transport.exchange().write(transport.service(TestApi.class).submit(Map.of(
        "prompt", "rain", "callBackUrl", "https://app.example/cb?token=cb-secret", "apiKey", Transports.KEY)),
        Transports.DATA, null);

    // then
    assertThat(listener.events).containsExactly("started submit 1", "finished submit 1 200 ok");
    List<String> bodies = log.at(Level.FINER);
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).contains("operation=submit", "request body:", "\"prompt\":\"rain\"",
        "https://app.example/cb?****");
    assertThat(bodies.get(1)).contains("answer body:", "\"token\":\"****\"");
    assertThat(log.all()).doesNotContain(Transports.KEY, "cb-secret", "tok-secret");
  }

  @Test
  void a_long_body_is_logged_cut_to_the_cap() {
    // given
    open();
    String longText = "x".repeat(10_000);
    mws.enqueue(new MockResponse().setBody("{\"code\":200,\"data\":\"" + longText + "\"}"));

    // when
    read();

    // then
    String answerLine = log.at(Level.FINER).get(1);
    assertThat(answerLine).contains("...", "(10022 bytes)");
    assertThat(answerLine.length()).isLessThan(ExchangeEvents.MAX_LOGGED_BODY_CHARS + 200);
  }

  @Test
  void a_listener_that_throws_changes_nothing_and_is_reported_as_a_warning() {
    // given
    SunoListener broken = new SunoListener() {
      @Override
      public void exchangeFinished(ExchangeFinished finished) {
        throw new IllegalStateException("meter registry closed");
      }
    };
    transport = Transports.open(Transports.settings(mws).listener(broken).build(), new RecordingSleeper());
    mws.enqueue(new MockResponse().setBody(OK));

    try (CapturedLog listenerLog = new CapturedLog("io.github.sunoport.listener")) {
      // when
      String data = read();

      // then
      assertThat(data).isEqualTo("done");
      assertThat(listenerLog.at(Level.WARNING)).singleElement().asString().contains("meter registry closed");
    }
  }

  /** Records events as short lines. */
  static final class RecordingListener implements SunoListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<HttpExchange> started = new CopyOnWriteArrayList<>();

    @Override
    public void exchangeStarted(HttpExchange exchange) {
      started.add(exchange);
      events.add("started " + exchange.operation() + " " + exchange.attempt());
    }

    @Override
    public void exchangeFinished(ExchangeFinished f) {
      events.add("finished " + f.exchange().operation() + " " + f.exchange().attempt() + " "
          + f.status().getAsInt() + " " + f.error().map(e -> e.getClass().getSimpleName()).orElse("ok"));
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      Duration delay = retry.delay();
      events.add("retry " + retry.failed().operation() + " " + retry.failed().attempt() + " in " + delay);
    }
  }
}
