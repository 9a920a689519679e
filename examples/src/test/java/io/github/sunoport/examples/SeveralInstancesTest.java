package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.ledger.jdbc.PostgresDatabases;
import io.github.sunoport.mock.MockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's "Running several instances" code: on PostgreSQL for a fleet, on an H2 file for a restart. */
class SeveralInstancesTest {
  private static PostgresDatabases databases;

  @AfterAll
  static void dropDatabases() throws Exception {
    if (databases != null) {
      databases.close();
    }
  }

  private static SunoClient kie(MockServer mock) {
    return SunoProviders.open("kie", ProviderSettings.builder().apiKey("demo-key").baseUrl(mock.baseUrl("kie"))
        .build());
  }

  @Test
  void two_instances_on_postgresql_handle_each_callback_once_though_the_mock_sends_each_twice() throws Exception {
    databases = PostgresDatabases.require();
    String url = databases.createUrl();
    Map<String, Integer> handled = new ConcurrentHashMap<>();
    try (MockServer mock = MockServer.builder().timeline(Duration.ofMillis(300)).build().start();
        SunoClient clientA = kie(mock); SunoClient clientB = kie(mock)) {
      SeveralInstances a = new SeveralInstances(clientA, databases.dataSource(url),
          e -> handled.merge(e.stage().name(), 1, Integer::sum));
      SeveralInstances b = new SeveralInstances(clientB, databases.dataSource(url),
          e -> handled.merge(e.stage().name(), 1, Integer::sum));
      for (String stage : List.of("text", "first", "complete")) {
        mock.admin().callbackFault("kie", stage, "duplicate");
      }
      AtomicInteger arrivals = new AtomicInteger();
      HttpServer balancer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      balancer.createContext("/callback", exchange -> {
        try (exchange; InputStream in = exchange.getRequestBody()) {
          SeveralInstances instance = arrivals.getAndIncrement() % 2 == 0 ? a : b; // any instance may get it
          exchange.sendResponseHeaders(instance.onCallback(in.readAllBytes(), exchange.getRequestHeaders()), -1);
        }
      });
      balancer.start();
      try {
        TaskId id = a.submit(MusicRequest.describe("a song about rain")
            .callbackUrl(URI.create("http://127.0.0.1:" + balancer.getAddress().getPort() + "/callback")).build());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (arrivals.get() < 6 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }

        assertThat(arrivals.get()).as("three stages, each sent twice").isEqualTo(6);
        assertThat(handled).containsOnly(Map.entry("TEXT_READY", 1), Map.entry("FIRST_TRACK_READY", 1),
            Map.entry("COMPLETE", 1));
        assertThat(b.ledger().find(id)).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(TaskState.SUCCEEDED));
        assertThat(b.ledger().results(id)).isNotEmpty();
      } finally {
        balancer.stop(0);
      }
    }
  }

  @Test
  void an_instance_restarted_on_the_same_h2_file_awaits_what_was_left_unfinished(@TempDir Path dir)
      throws IOException {
    JdbcDataSource file = new JdbcDataSource();
    file.setURL("jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath());
    try (MockServer mock = MockServer.builder().timeline(Duration.ofMillis(500)).build().start();
        SunoClient client = kie(mock);
        CallbackReceiver receiver = CallbackReceiver.start(new PrintStream(OutputStream.nullOutputStream()))) {
      SeveralInstances before = new SeveralInstances(client, file, e -> { });
      TaskId id = before.submit(MusicRequest.describe("a song about rain").callbackUrl(receiver.url()).build());

      SeveralInstances after = new SeveralInstances(client, file, e -> { }); // the same file, after a restart
      List<MusicTask> resumed = after.resumeUnfinished(TaskAwaiter.create());

      assertThat(resumed).singleElement().satisfies(t -> {
        assertThat(t.id()).isEqualTo(id);
        assertThat(t.state()).isEqualTo(TaskState.SUCCEEDED);
      });
      assertThat(after.ledger().unfinished()).isEmpty();
      assertThat(after.ledger().results(id)).isNotEmpty();
    }
  }
}
