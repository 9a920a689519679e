package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.failover.FailoverClient;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.observe.ExchangeFinished;
import io.github.sunoport.core.observe.HttpExchange;
import io.github.sunoport.core.observe.RetryScheduled;
import io.github.sunoport.core.observe.SunoListener;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Drives every adapter through success and every kind of error with a known API key and webhook key, then scans
 * everything an app or QA could see for them: {@code toString()} of settings, clients, tasks and exceptions (with
 * causes and suppressed ones), everything printed to stdout/stderr and logged through java.util.logging at FINEST,
 * and the mock server's request and callback logs, in Java and over {@code /__admin}. The library's own HTTP log
 * (every exchange at DEBUG, bodies at TRACE) and every listener event are scanned too, and must not show the callback
 * URL's token either.
 */
class SecretsNeverLeakTest {
  private static final String API_KEY = "sk-LEAK-CANARY-0123456789";
  private static final String WEBHOOK_KEY = "whk-LEAK-CANARY-9876543210";
  private static final List<String> PROVIDERS = List.of("kie", "sunoapi-org", "sunoapi-com");
  private static final List<String> FAULTS = List.of("unauthorized", "credits", "rate-limited", "frequency",
      "http-429", "maintenance", "server-error", "http-502", "http-503", "validation", "not-found",
      "prompt-too-long", "402", "418");
  private static final RetryPolicy NO_RETRIES = RetryPolicy.none();
  /** Apps put tokens in callback URLs; the mock logs the URL it calls back, so only the library's output is checked. */
  private static final String CALLBACK_TOKEN = "cbtoken-CANARY-4242";

  private final List<Object> seen = new ArrayList<>();
  private final StringBuilder printed = new StringBuilder();
  private final StringBuilder libraryLog = new StringBuilder();
  private final SunoListener everyEvent = new SunoListener() {
    @Override
    public void exchangeStarted(HttpExchange exchange) {
      keep(exchange);
    }

    @Override
    public void exchangeFinished(ExchangeFinished finished) {
      keep(finished);
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      keep(retry);
    }

    private void keep(Object event) {
      synchronized (libraryLog) {
        libraryLog.append(event).append('\n');
      }
    }
  };

  @Test
  void no_key_appears_in_any_string_exception_log_or_request_log() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    Handler julCapture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        String line = record.getLevel() + " " + record.getMessage() + " "
            + java.util.Arrays.toString(record.getParameters()) + " " + text(record.getThrown()) + "\n";
        synchronized (printed) {
          printed.append(line);
        }
        if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.github.sunoport.")) {
          synchronized (libraryLog) {
            libraryLog.append(line);
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    root.setLevel(Level.ALL);
    root.addHandler(julCapture);
    try (MockServer mock = MockServer.builder().timeline(Duration.ZERO).webhookKey(WEBHOOK_KEY).build().start()) {
      for (String provider : PROVIDERS) {
        driveThroughSuccessAndEveryError(mock, provider);
      }
      driveFailover(mock);
      transportFailures();
      settingsFailures();
      scanMockLogs(mock);
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(julCapture);
      root.setLevel(rootLevel);
    }
    printed.append(captured.toString(StandardCharsets.UTF_8));

    List<String> texts = new ArrayList<>();
    for (Object o : seen) {
      texts.add(o instanceof Throwable t ? text(t) : String.valueOf(o));
    }
    texts.add(printed.toString());
    assertThat(seen).hasSizeGreaterThan(100);
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(API_KEY).doesNotContain(WEBHOOK_KEY)
        .doesNotContain("LEAK-CANARY"));
    assertThat(libraryLog.toString())
        .as("the HTTP log and listener events were produced, so the scan above covered them")
        .contains("provider=kie operation=", "provider=sunoapi-com operation=", "request body:", "answer body:",
            "callBackUrl", "HttpExchange[", "ExchangeFinished[")
        .doesNotContain(CALLBACK_TOKEN);
  }

  private ProviderSettings.Builder settings(String baseUrl) {
    return ProviderSettings.builder().apiKey(API_KEY).webhookKey(WEBHOOK_KEY).baseUrl(baseUrl)
        .retryPolicy(NO_RETRIES).readTimeout(Duration.ofSeconds(5)).listener(everyEvent)
        .defaultCallbackUrl(URI.create("http://127.0.0.1:9/cb?token=" + CALLBACK_TOKEN));
  }

  private void driveThroughSuccessAndEveryError(MockServer mock, String provider) {
    ProviderSettings settings = settings(mock.baseUrl(provider)).build();
    seen.add(settings);
    try (SunoClient client = SunoProviders.open(provider, settings)) {
      seen.add(client);
      TaskId lyrics = client.lyrics().submit(LyricsRequest.of("a song about rain"));
      TaskId music = client.music().submit(MusicRequest.describe("rain").build());
      seen.add(lyrics);
      seen.add(music);
      seen.add(client.lyrics().fetch(lyrics));
      MusicTask done = TaskAwaiter.create().await(client.music()::fetch, music,
          AwaitOptions.until(TaskState.SUCCEEDED).withTimeout(Duration.ofSeconds(20)));
      seen.add(done);
      seen.add(client.account().credits());
      TrackId track = done.tracks().get(0).id();
      record(() -> client.music().extend(ExtendRequest.keepingSource(track, SunoModel.V4_5)));
      if (client.supports(Capability.TIMESTAMPED_LYRICS)) {
        record(() -> client.music().timestampedLyrics(music, track));
      }
      String creditsRoute = provider.equals("sunoapi-com") ? "get-credits" : "credits";
      String createRoute = provider.equals("sunoapi-com") ? "create" : "generate";
      for (String fault : FAULTS) {
        mock.admin().failNext(provider, creditsRoute, 1, fault);
        record(() -> client.account().credits());
        mock.admin().failNext(provider, createRoute, 1, fault);
        record(() -> client.music().submit(MusicRequest.describe("rain").build()));
      }
      record(() -> client.lyrics().fetch(new TaskId(client.provider(), "no-such-task")));
      record(() -> client.lyrics().fetch(TaskId.of("other", "x")));
      record(() -> client.music().submit(MusicRequest.describe("p".repeat(5_000)).build()));
      mock.admin().latency(Duration.ofMillis(400));
      try (SunoClient slow = SunoProviders.open(provider, settings.toBuilder().readTimeout(Duration.ofMillis(100))
          .build())) {
        record(() -> slow.account().credits());
      } finally {
        mock.admin().latency(Duration.ZERO);
      }
    }
  }

  private void driveFailover(MockServer mock) {
    List<SunoClient> clients = new ArrayList<>();
    PROVIDERS.forEach(p -> clients.add(SunoProviders.open(p, settings(mock.baseUrl(p)).build())));
    try (FailoverClient client = FailoverClient.of(clients)) {
      seen.add(client);
      PROVIDERS.forEach(p -> mock.admin().failNext(p, p.equals("sunoapi-com") ? "create" : "generate", 1, "credits"));
      record(() -> client.music().submit(MusicRequest.describe("rain").build()));
    }
  }

  /** Refused connections, redirects and HTML pages, which the mock cannot produce. */
  private void transportFailures() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpServer redirector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    redirector.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9/steal?key=elsewhere");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    redirector.start();
    try {
      for (String provider : PROVIDERS) {
        for (String base : List.of("http://127.0.0.1:" + closedPort + "/",
            "http://127.0.0.1:" + redirector.getAddress().getPort() + "/")) {
          try (SunoClient client = SunoProviders.open(provider, settings(base).build())) {
            record(() -> client.account().credits());
            record(() -> client.lyrics().submit(LyricsRequest.of("rain")));
          }
        }
      }
    } finally {
      redirector.stop(0);
    }
  }

  private void settingsFailures() {
    record(() -> settings("http://music.example/").build());
    record(() -> SunoProviders.open("nope", settings("http://127.0.0.1:9/").build()));
    record(() -> ProviderSettings.fromMap(Map.of("X_API_KEY", API_KEY, "X_READ_TIMEOUT", "soon"), "X_"));
    record(() -> ProviderSettings.fromMap(Map.of("X_API_KEY", API_KEY, "X_WEBHOOK_KEY", WEBHOOK_KEY,
        "X_BASE_URL", "ftp://h/"), "X_"));
    record(() -> ProviderSettings.builder().apiKey(API_KEY + " ").build());
    // Apps sometimes paste the key into the URL; neither the error nor toString() may repeat it.
    record(() -> settings("https://" + API_KEY + "@api.example/").build());
    record(() -> settings("http://127.0.0.1:9/").defaultCallbackUrl(
        java.net.URI.create("ftp://h/cb?token=" + WEBHOOK_KEY)).build());
    seen.add(settings("http://127.0.0.1:9/").defaultCallbackUrl(
        java.net.URI.create("https://app.example/cb?token=" + WEBHOOK_KEY)).build());
    seen.add(ProviderSettings.fromMap(Map.of("X_API_KEY", API_KEY, "X_WEBHOOK_KEY", WEBHOOK_KEY), "X_"));
  }

  private void scanMockLogs(MockServer mock) throws Exception {
    var requests = mock.admin().requests();
    assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r.headers().get("Authorization"))
        .isEqualTo("Bearer ****"));
    seen.addAll(requests);
    seen.addAll(mock.admin().callbacks());
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("requests", "callbacks")) {
      HttpResponse<String> log = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port()
          + "/__admin/" + path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(log.statusCode()).isEqualTo(200);
      seen.add(log.body());
    }
  }

  /** Runs {@code call}, keeping its result or, when it fails, the exception. */
  private void record(Supplier<Object> call) {
    try {
      seen.add(call.get());
    } catch (SunoException | IllegalArgumentException e) {
      seen.add(e);
    }
  }

  private void record(Runnable call) {
    record(() -> {
      call.run();
      return "ok";
    });
  }

  /** Message, toString, stack trace, every cause and every suppressed exception, once each. */
  private static String text(Throwable thrown) {
    if (thrown == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(0);
      if (!visited.add(t)) {
        continue;
      }
      out.append(t.getMessage()).append('\n').append(t).append('\n');
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      out.append(trace);
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
    return out.toString();
  }
}
