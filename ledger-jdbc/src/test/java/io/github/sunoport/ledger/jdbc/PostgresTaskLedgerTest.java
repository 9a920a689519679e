package io.github.sunoport.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.ledger.TaskLedgerContract;
import io.github.sunoport.core.model.TaskId;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ledger contract on PostgreSQL, each test in a fresh database, plus what only a shared server shows. */
class PostgresTaskLedgerTest extends TaskLedgerContract {
  private static PostgresDatabases databases;
  private final Map<TaskLedger, String> urls = new IdentityHashMap<>();

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

  @AfterEach
  void closePools() {
    if (databases != null) {
      databases.closePools();
    }
  }

  @Override
  protected TaskLedger newLedger() {
    String url = databases.createUrl();
    TaskLedger ledger = JdbcTaskLedger.create(databases.dataSource(url));
    urls.put(ledger, url);
    return ledger;
  }

  @Override
  protected TaskLedger anotherInstance(TaskLedger ledger) {
    // A new data source on the same URL: shares nothing in this JVM with the first but the database.
    return JdbcTaskLedger.create(databases.dataSource(urls.get(ledger)));
  }

  @Override
  protected int instances() {
    return 6;
  }

  @Test
  void the_schema_applies_again_over_itself_and_keeps_the_rows() {
    DataSource dataSource = databases.create();
    TaskLedger first = JdbcTaskLedger.create(dataSource);
    first.recordSubmitted(SubmittedTask.of(TaskId.of("kie", "kept"), "lyrics", "r", T0));

    TaskLedger restarted = JdbcTaskLedger.create(dataSource);

    assertThat(restarted.find(TaskId.of("kie", "kept"))).isPresent();
    assertThat(restarted.toString()).isEqualTo("JdbcTaskLedger[POSTGRESQL]");
  }
}
