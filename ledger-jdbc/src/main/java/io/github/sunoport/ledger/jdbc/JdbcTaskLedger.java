package io.github.sunoport.ledger.jdbc;

import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.error.LedgerException;
import io.github.sunoport.core.ledger.LedgerEntry;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.ledger.StateOrder;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The task ledger in a SQL database: PostgreSQL, where a fleet of app instances shares it, or H2 in a file, for one
 * machine that must survive restarts. Plain JDBC against the app's {@link DataSource} (pool it: every call borrows
 * one connection and returns it); no ORM, no connection of its own.
 *
 * <pre>{@code
 * TaskLedger ledger = JdbcTaskLedger.create(dataSource);   // creates its tables if missing
 * }</pre>
 *
 * <p>Its tables ({@code sunoport_ledger_task}, {@code sunoport_ledger_result}, {@code sunoport_ledger_callback}) are
 * in {@code io/github/sunoport/ledger/jdbc/schema.sql} in this jar, applied idempotently by {@link #create}. A claim
 * of a callback is one {@code INSERT ... ON CONFLICT DO NOTHING} (H2: {@code MERGE}) on the primary key (provider,
 * task, stage), so however many instances receive the same delivery at once, exactly one is told to process it.
 * Thread-safe. Failures are {@link LedgerException}s naming the operation.
 */
public final class JdbcTaskLedger implements TaskLedger {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String TASK_COLUMNS = "provider, task_id, operation, source_provider, source_track,"
      + " submitted_at, request_hash, state, last_seen_at";

  private final DataSource dataSource;
  private final Dialect dialect;

  private JdbcTaskLedger(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Returns a ledger in {@code dataSource}'s database, creating its tables first if they are missing.
   *
   * @throws LedgerException if the database cannot be reached, is neither PostgreSQL nor H2, or refuses the schema
   */
  public static JdbcTaskLedger create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource == null");
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      Dialect dialect = Dialect.of(product);
      if (dialect == null) {
        throw new LedgerException("the task ledger supports PostgreSQL and H2, not " + product, null);
      }
      Schema.apply(connection, dialect);
      return new JdbcTaskLedger(dataSource, dialect);
    } catch (SQLException e) {
      throw new LedgerException("could not prepare the task ledger's tables", e);
    }
  }

  @Override
  public boolean recordSubmitted(SubmittedTask task) {
    Objects.requireNonNull(task, "task == null");
    return insertOnce("record a submitted task", dialect.insertTask, s -> {
      s.setString(1, task.id().provider().value());
      s.setString(2, task.id().value());
      s.setString(3, task.operation());
      s.setString(4, task.sourceTrack().map(t -> t.provider().value()).orElse(null));
      s.setString(5, task.sourceTrack().map(TrackId::value).orElse(null));
      s.setObject(6, utc(task.submittedAt()));
      s.setString(7, task.requestHash());
      s.setString(8, TaskState.WAITING.name());
      s.setInt(9, StateOrder.rank(TaskState.WAITING));
    });
  }

  @Override
  public boolean recordState(TaskId task, TaskState state, Instant seenAt) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(seenAt, "seenAt == null");
    int rank = StateOrder.rank(state);
    // The rank test in the WHERE clause is what keeps a late, older state from overwriting a newer one.
    return Sql.update(dataSource, "record a task state", "UPDATE sunoport_ledger_task"
        + " SET state = ?, state_rank = ?, last_seen_at = ? WHERE provider = ? AND task_id = ? AND state_rank < ?", s -> {
          s.setString(1, state.name());
          s.setInt(2, rank);
          s.setObject(3, utc(seenAt));
          s.setString(4, task.provider().value());
          s.setString(5, task.value());
          s.setInt(6, rank);
        }) == 1;
  }

  @Override
  public void recordResult(ResultEntry link) {
    Objects.requireNonNull(link, "link == null");
    Sql.Binder binder = s -> {
      s.setString(1, link.task().provider().value());
      s.setString(2, link.task().value());
      s.setString(3, link.key());
      s.setString(4, link.kind().name());
      s.setString(5, link.url());
      s.setString(6, link.task().provider().value());
      s.setString(7, link.task().value());
    };
    try {
      Sql.update(dataSource, "record a result link", dialect.upsertResult, binder);
    } catch (LedgerException e) {
      if (!isUniqueViolation(e)) {
        throw e;
      }
      // H2's MERGE lost a race to insert the same link; the row exists now, so the retry updates it.
      Sql.update(dataSource, "record a result link", dialect.upsertResult, binder);
    }
  }

  @Override
  public boolean recordSaved(TaskId task, String key, String location) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(location, "location == null");
    return Sql.update(dataSource, "record a saved result", "UPDATE sunoport_ledger_result SET saved_to = ?"
        + " WHERE provider = ? AND task_id = ? AND result_key = ?", s -> {
          s.setString(1, location);
          s.setString(2, task.provider().value());
          s.setString(3, task.value());
          s.setString(4, key);
        }) == 1;
  }

  @Override
  public boolean claimCallback(TaskId task, CallbackStage stage) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(stage, "stage == null");
    return insertOnce("claim a callback", dialect.claimCallback, s -> {
      s.setString(1, task.provider().value());
      s.setString(2, task.value());
      s.setString(3, stage.name());
      s.setObject(4, utc(Instant.now()));
    });
  }

  @Override
  public void releaseCallback(TaskId task, CallbackStage stage) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(stage, "stage == null");
    Sql.update(dataSource, "release a callback",
        "DELETE FROM sunoport_ledger_callback WHERE provider = ? AND task_id = ? AND stage = ?", s -> {
          s.setString(1, task.provider().value());
          s.setString(2, task.value());
          s.setString(3, stage.name());
        });
  }

  @Override
  public Optional<LedgerEntry> find(TaskId task) {
    Objects.requireNonNull(task, "task == null");
    List<LedgerEntry> found = Sql.query(dataSource, "find a task", "SELECT " + TASK_COLUMNS
        + " FROM sunoport_ledger_task WHERE provider = ? AND task_id = ?", s -> {
          s.setString(1, task.provider().value());
          s.setString(2, task.value());
        }, Rows::entry);
    return found.stream().findFirst();
  }

  @Override
  public List<LedgerEntry> unfinished() {
    return Sql.query(dataSource, "list unfinished tasks", "SELECT " + TASK_COLUMNS
        + " FROM sunoport_ledger_task WHERE state_rank < ? ORDER BY submitted_at, provider, task_id",
        s -> s.setInt(1, StateOrder.rank(TaskState.SUCCEEDED)), Rows::entry);
  }

  @Override
  public Optional<LedgerEntry> finishedFor(TrackId source, String operation) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(operation, "operation == null");
    List<LedgerEntry> found = Sql.query(dataSource, "find a finished task", "SELECT " + TASK_COLUMNS
        + " FROM sunoport_ledger_task WHERE source_provider = ? AND source_track = ? AND operation = ?"
        + " AND state = ? ORDER BY submitted_at DESC", s -> {
          s.setString(1, source.provider().value());
          s.setString(2, source.value());
          s.setString(3, operation);
          s.setString(4, TaskState.SUCCEEDED.name());
        }, Rows::entry);
    return found.stream().findFirst();
  }

  @Override
  public List<ResultEntry> results(TaskId task) {
    Objects.requireNonNull(task, "task == null");
    return Sql.query(dataSource, "list results", "SELECT provider, task_id, result_key, kind, url, saved_to"
        + " FROM sunoport_ledger_result WHERE provider = ? AND task_id = ? ORDER BY result_key", s -> {
          s.setString(1, task.provider().value());
          s.setString(2, task.value());
        }, Rows::result);
  }

  /** Runs an insert-if-absent; true if this call inserted the row. */
  private boolean insertOnce(String what, String sql, Sql.Binder binder) {
    try {
      return Sql.update(dataSource, what, sql, binder) == 1;
    } catch (LedgerException e) {
      if (isUniqueViolation(e)) {
        return false; // another instance inserted the same key between H2's MERGE match and insert
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(LedgerException e) {
    return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "JdbcTaskLedger[" + dialect + "]";
  }
}
