package io.github.sunoport.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.error.LedgerException;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.ledger.TaskLedgerContract;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on an embedded H2 database in a file, the durable one-machine ledger. */
class H2FileTaskLedgerTest extends TaskLedgerContract {
  @TempDir
  Path dir;

  private int count;
  private final Map<TaskLedger, String> urls = new IdentityHashMap<>();

  static DataSource h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  private String newUrl() {
    return "jdbc:h2:file:" + dir.resolve("ledger" + (++count)).toAbsolutePath();
  }

  @Override
  protected TaskLedger newLedger() {
    String url = newUrl();
    TaskLedger ledger = JdbcTaskLedger.create(h2(url));
    urls.put(ledger, url);
    return ledger;
  }

  @Override
  protected TaskLedger anotherInstance(TaskLedger ledger) {
    return JdbcTaskLedger.create(h2(urls.get(ledger)));
  }

  @Test
  void what_was_recorded_survives_closing_the_database() throws Exception {
    String url = newUrl();
    TaskId id = TaskId.of("kie", "durable");
    TaskLedger before = JdbcTaskLedger.create(h2(url));
    before.recordSubmitted(SubmittedTask.of(id, "music.generate", "r", T0));
    before.recordState(id, TaskState.FIRST_TRACK_READY, T0.plusSeconds(3));
    before.claimCallback(id, CallbackStage.FIRST_TRACK_READY);
    try (Connection c = h2(url).getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN"); // closes the file as a process exit would
    }

    TaskLedger after = JdbcTaskLedger.create(h2(url));

    assertThat(after.unfinished()).singleElement().satisfies(e -> {
      assertThat(e.task().id()).isEqualTo(id);
      assertThat(e.state()).isEqualTo(TaskState.FIRST_TRACK_READY);
      assertThat(e.lastSeenAt()).contains(T0.plusSeconds(3));
    });
    assertThat(after.claimCallback(id, CallbackStage.FIRST_TRACK_READY)).isFalse();
  }

  @Test
  void a_database_that_is_neither_postgresql_nor_h2_is_refused_by_name() {
    DataSource oracle = claimingToBe("Oracle", h2("jdbc:h2:mem:other"));

    assertThatThrownBy(() -> JdbcTaskLedger.create(oracle))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("supports PostgreSQL and H2, not Oracle");
  }

  /** A data source whose connections report another product name. */
  private static DataSource claimingToBe(String product, DataSource real) {
    return proxy(DataSource.class, real, (method, args) -> {
      if (!method.getName().equals("getConnection")) {
        return method.invoke(real, args);
      }
      Connection connection = (Connection) method.invoke(real, args);
      return proxy(Connection.class, connection, (m, a) -> m.getName().equals("getMetaData")
          ? proxy(DatabaseMetaData.class, connection.getMetaData(), (mm, aa) ->
              mm.getName().equals("getDatabaseProductName") ? product : mm.invoke(connection.getMetaData(), aa))
          : m.invoke(connection, a));
    });
  }

  interface Handler {
    Object handle(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T real, Handler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> handler.handle(method, args)));
  }

  @Test
  void an_unreachable_database_is_a_ledger_exception_naming_the_operation() throws Exception {
    String url = newUrl();
    TaskLedger ledger = JdbcTaskLedger.create(h2(url));
    try (Connection c = h2(url).getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE sunoport_ledger_callback");
    }

    assertThatThrownBy(() -> ledger.claimCallback(TaskId.of("kie", "x"), CallbackStage.COMPLETE))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("task ledger: could not claim a callback (SQL state ")
        .satisfies(e -> assertThat(((LedgerException) e).isRetryable()).isTrue());
  }
}
