package io.github.sunoport.ledger.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases on the PostgreSQL server named by {@value #URL_VARIABLE} (environment) or the system property
 * {@value #URL_PROPERTY}, as {@code .ci/with-postgres.sh} sets it. Without one, a test needing PostgreSQL is skipped
 * with a loud reason on a developer machine and fails when {@code CI=true}, so CI never passes without running it.
 */
public final class PostgresDatabases implements AutoCloseable {
  public static final String URL_VARIABLE = "SUNOPORT_TEST_POSTGRES_URL";
  static final String URL_PROPERTY = "sunoport.test.postgres.url";
  private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String adminUrl;
  private final List<String> created = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();

  private PostgresDatabases(String adminUrl) {
    this.adminUrl = adminUrl;
  }

  /** Returns the server's databases, or skips (developer machine) or fails (CI) the calling test without one. */
  public static PostgresDatabases require() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      url = System.getProperty(URL_PROPERTY);
    }
    if (url == null || url.isBlank()) {
      String reason = "NO POSTGRESQL: these ledger tests need a PostgreSQL server; run them with "
          + "'.ci/with-postgres.sh mvn -B verify' (it starts a throw-away one) or set " + URL_VARIABLE
          + " to a jdbc:postgresql:// URL of a server where the user may create databases";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + " (CI=true, so this fails instead of skipping)");
      }
      System.err.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    if (!JDBC_URL.matcher(url).matches()) {
      fail(URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
    }
    return new PostgresDatabases(url);
  }

  /** The JDBC URL of a new, empty database; dropped by {@link #close()}. */
  public String createUrl() {
    String name = "sunoport_ledger_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database on " + adminUrl, e);
    }
    created.add(name);
    Matcher m = JDBC_URL.matcher(adminUrl);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: checked in require()");
    }
    return m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
  }

  /** A data source on a new, empty database. */
  public DataSource create() {
    return dataSource(createUrl());
  }

  /** A small pool on {@code url}, as an app would give the ledger; closed by {@link #close()}. */
  public DataSource dataSource(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  /** Closes the pools handed out so far, so that a long test class holds no idle connections. */
  public void closePools() {
    pools.forEach(HikariDataSource::close);
    pools.clear();
  }

  @Override
  public void close() throws SQLException {
    closePools();
    try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
      for (String name : created) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
    created.clear();
  }
}
