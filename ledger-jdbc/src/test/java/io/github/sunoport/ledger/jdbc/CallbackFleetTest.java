package io.github.sunoport.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The concurrency proof: a fleet of app instances (three in this JVM, one in a JVM of its own) behind a load
 * balancer shares one PostgreSQL ledger while the mock server sends every music task's callbacks. Under a fixed seed
 * each stage is either duplicated by the mock or delayed past the later stages; on top, the balancer loses the
 * answer to the first arrival of every stage (the instance processed it, the mock sees a 503 and retries), so every
 * stage arrives at least twice, often at different instances and processes. Every (provider, task, stage) must be
 * processed exactly once and none lost.
 */
class CallbackFleetTest {
  private static final long SEED = 20261129L;
  private static final int TASKS_PER_PROVIDER = 10;
  private static final List<String> PROVIDERS = List.of("kie", "sunoapi-org");
  private static final List<String> STAGES = List.of("text", "first", "complete");

  private static PostgresDatabases databases;

  @BeforeAll
  static void server() {
    databases = PostgresDatabases.require();
  }

  @AfterAll
  static void dropDatabases() throws Exception {
    if (databases != null) {
      databases.close();
    }
  }

  @Test
  void every_task_stage_is_processed_exactly_once_across_instances_and_processes() throws Exception {
    String url = databases.createUrl();
    DataSource admin = databases.dataSource(url);
    TaskLedger ledger = JdbcTaskLedger.create(admin);
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute(FleetInstance.PROCESSED_TABLE);
    }
    List<FleetInstance> local = new ArrayList<>();
    Process child = null;
    try (MockServer mock = MockServer.builder().timeline(Duration.ofMillis(400))
        .callbackRetryDelays(Duration.ofMillis(150), Duration.ofMillis(300), Duration.ofMillis(600))
        .build().start()) {
      String mockBase = "http://127.0.0.1:" + mock.port();
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        FleetInstance instance = new FleetInstance("local-" + i, url, mockBase);
        local.add(instance);
        ports.add(instance.port());
      }
      child = startChild(url, mockBase);
      ports.add(readPort(child));

      try (Balancer balancer = new Balancer(ports)) {
        Map<String, Integer> delayed = submitAll(mock, ledger, balancer.url());
        awaitQuiet(ledger, balancer);

        Map<String, Integer> processed = new ConcurrentHashMap<>();
        Map<String, Integer> byInstance = new ConcurrentHashMap<>();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement();
            ResultSet rows = s.executeQuery("SELECT provider, task_id, stage, instance FROM fleet_processed")) {
          while (rows.next()) {
            processed.merge(rows.getString(1) + ":" + rows.getString(2) + "/" + rows.getString(3), 1, Integer::sum);
            byInstance.merge(rows.getString(4), 1, Integer::sum);
          }
        }
        int expected = PROVIDERS.size() * TASKS_PER_PROVIDER * STAGES.size();
        System.out.printf("fleet proof (seed %d): %d stages, %d arrivals at the balancer, %d delayed by the mock,"
            + " processed by %s%n", SEED, expected, balancer.arrivals(), delayed.size(), byInstance);

        assertThat(processed).as("every (provider, task, stage), each processed once").hasSize(expected);
        assertThat(processed.values()).containsOnly(1);
        assertThat(balancer.arrivalsPerBody().values()).as("every stage arrived at least twice")
            .hasSize(expected).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(byInstance).as("both processes took part").containsKey("child")
            .containsKeys("local-0", "local-1", "local-2");
        assertThat(delayed).as("the seed delays some stages").isNotEmpty();
        assertThat(ledger.unfinished()).as("every task reached its end in the ledger").isEmpty();
      }
    } finally {
      local.forEach(FleetInstance::close);
      if (child != null) {
        child.getOutputStream().close();
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      }
    }
  }

  /** Submits the tasks, one provider per thread and one task at a time, each with its own seeded faults. */
  private static Map<String, Integer> submitAll(MockServer mock, TaskLedger ledger, URI callbackBase)
      throws Exception {
    Map<String, Integer> delayed = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(PROVIDERS.size());
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int p = 0; p < PROVIDERS.size(); p++) {
        String provider = PROVIDERS.get(p);
        Random random = new Random(SEED + p);
        work.add(pool.submit(() -> {
          try (SunoClient client = SunoProviders.open(provider, ProviderSettings.builder().apiKey("fleet-key")
              .baseUrl(mock.baseUrl(provider)).build())) {
            for (int i = 0; i < TASKS_PER_PROVIDER; i++) {
              // Faults apply to the provider's next callback of each stage: one task at a time makes it this one.
              for (String stage : STAGES) {
                boolean delay = random.nextInt(4) == 0;
                int millis = 100 + random.nextInt(500);
                mock.admin().callbackFault(provider, stage, delay ? "delay:" + millis : "duplicate");
                if (delay) {
                  delayed.put(provider + "/" + i + "/" + stage, millis);
                }
              }
              MusicRequest request = MusicRequest.describe("fleet song " + i)
                  .callbackUrl(callbackBase.resolve("/callback/" + provider)).build();
              TaskId id = client.music().submit(request);
              ledger.recordSubmitted(SubmittedTask.of(id, "music.generate", request, Instant.now()));
              awaitState(ledger, id);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get(3, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    return delayed;
  }

  /** Waits until the fleet recorded the task as finished; its callbacks, not polling, move it there. */
  private static void awaitState(TaskLedger ledger, TaskId id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ledger.find(id).map(e -> e.state() != TaskState.SUCCEEDED).orElse(true)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("task " + id + " never reached SUCCEEDED in the ledger: " + ledger.find(id));
      }
      Thread.sleep(50);
    }
  }

  /** Waits until no callback has arrived for a while: delayed stages and retries are all in. */
  private static void awaitQuiet(TaskLedger ledger, Balancer balancer) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int last = -1;
    while (System.nanoTime() < deadline) {
      int now = balancer.arrivals();
      if (now == last && balancer.inFlight() == 0) {
        return;
      }
      last = now;
      Thread.sleep(1500);
    }
    throw new AssertionError("callbacks kept arriving for a minute");
  }

  private static Process startChild(String jdbcUrl, String mockBase) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), FleetInstance.class.getName(), "child", jdbcUrl, mockBase)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static int readPort(Process child) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      throw new AssertionError("the child instance did not start: " + line);
    }
    return Integer.parseInt(line.substring("PORT ".length()));
  }

  /**
   * The load balancer in front of the fleet: forwards each callback to the next instance in turn and answers the
   * mock with the instance's status, except that the answer to the first arrival of each body is lost (503).
   */
  private static final class Balancer implements AutoCloseable {
    private final List<Integer> ports;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Integer> perBody = new ConcurrentHashMap<>();

    Balancer(List<Integer> ports) throws IOException {
      this.ports = List.copyOf(ports);
      this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/callback/", this::forward);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    int arrivals() {
      return arrivals.get();
    }

    int inFlight() {
      return inFlight.get();
    }

    Map<String, Integer> arrivalsPerBody() {
      return Map.copyOf(perBody);
    }

    private void forward(HttpExchange exchange) throws IOException {
      inFlight.incrementAndGet();
      try (InputStream in = exchange.getRequestBody()) {
        arrivals.incrementAndGet();
        byte[] body = in.readAllBytes();
        int count = perBody.merge(sha256(body), 1, Integer::sum);
        int port = ports.get(Math.floorMod(next.getAndIncrement(), ports.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + exchange.getRequestURI().getPath())).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "X-Webhook-Signature", "X-Webhook-Timestamp")) {
          String value = exchange.getRequestHeaders().getFirst(header);
          if (value != null) {
            request.header(header, value);
          }
        }
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        exchange.sendResponseHeaders(count == 1 ? 503 : status, -1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
      } finally {
        exchange.close();
        inFlight.decrementAndGet();
      }
    }

    private static String sha256(byte[] body) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
