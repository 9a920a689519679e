package io.github.sunoport.ledger.jdbc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.port.SunoClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * One app instance of the fleet proof: an HTTP endpoint receiving callbacks at {@code /callback/<provider>}, parsing
 * them with the real adapter, and processing each one only if the shared ledger lets it claim the delivery.
 * "Processing" writes a row to {@code fleet_processed}, which has no unique key, so a double processing would show.
 * Runs inside the test JVM or, through {@link #main}, as a process of its own.
 */
final class FleetInstance implements AutoCloseable {
  static final String PROCESSED_TABLE = "CREATE TABLE IF NOT EXISTS fleet_processed (provider VARCHAR(40),"
      + " task_id VARCHAR(200), stage VARCHAR(20), instance VARCHAR(40))";

  private final String name;
  private final HikariDataSource pool;
  private final TaskLedger ledger;
  private final Map<String, SunoClient> clients;
  private final HttpServer server;

  FleetInstance(String name, String jdbcUrl, String mockBaseUrl) throws IOException {
    this.name = name;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    this.pool = new HikariDataSource(config);
    this.ledger = JdbcTaskLedger.create(pool);
    this.clients = Map.of("kie", client("kie", mockBaseUrl), "sunoapi-org", client("sunoapi-org", mockBaseUrl));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/callback/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  private static SunoClient client(String provider, String mockBaseUrl) {
    return SunoProviders.open(provider, ProviderSettings.builder().apiKey("fleet-key")
        .baseUrl(mockBaseUrl + "/" + provider).build());
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    int status;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(1024 * 1024);
      String provider = exchange.getRequestURI().getPath().substring("/callback/".length());
      SunoClient client = clients.get(provider);
      status = client == null ? 404 : process(client.callbacks().parse(body, exchange.getRequestHeaders()));
    } catch (InvalidCallbackException e) {
      status = 400;
    } catch (RuntimeException e) {
      status = 500;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private int process(CallbackEvent event) {
    if (!ledger.claimCallback(event)) {
      return 200; // another delivery of this stage was processed, here or on another instance
    }
    try {
      ledger.record(event, Instant.now());
      try (Connection c = pool.getConnection();
          PreparedStatement s = c.prepareStatement("INSERT INTO fleet_processed VALUES (?, ?, ?, ?)")) {
        s.setString(1, event.task().provider().value());
        s.setString(2, event.task().value());
        s.setString(3, event.stage().name());
        s.setString(4, name);
        s.executeUpdate();
      }
      return 200;
    } catch (SQLException | RuntimeException e) {
      ledger.releaseCallback(event); // let the provider's retry process it
      return 500;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    clients.values().forEach(SunoClient::close);
    pool.close();
  }

  /**
   * Runs one instance as a process: {@code FleetInstance <name> <jdbc url> <mock base url>}. Prints
   * {@code PORT <n>} once listening, and exits when its standard input closes.
   */
  public static void main(String[] args) throws IOException {
    try (FleetInstance instance = new FleetInstance(args[0], args[1], args[2])) {
      System.out.println("PORT " + instance.port());
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our input
      }
    }
  }
}
