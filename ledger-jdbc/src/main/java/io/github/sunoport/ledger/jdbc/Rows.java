package io.github.sunoport.ledger.jdbc;

import io.github.sunoport.core.error.LedgerException;
import io.github.sunoport.core.ledger.LedgerEntry;
import io.github.sunoport.core.ledger.ResultKind;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Rows of the ledger's tables read back into core's records. */
final class Rows {
  private Rows() {}

  static LedgerEntry entry(ResultSet row) throws SQLException {
    TaskId id = TaskId.of(row.getString("provider"), row.getString("task_id"));
    String sourceProvider = row.getString("source_provider");
    Optional<TrackId> source = sourceProvider == null
        ? Optional.empty()
        : Optional.of(TrackId.of(sourceProvider, row.getString("source_track")));
    SubmittedTask task = new SubmittedTask(id, row.getString("operation"), source,
        instant(row, "submitted_at"), row.getString("request_hash").strip());
    return new LedgerEntry(task, named(TaskState.class, row.getString("state")),
        Optional.ofNullable(instant(row, "last_seen_at")));
  }

  static ResultEntry result(ResultSet row) throws SQLException {
    TaskId id = TaskId.of(row.getString("provider"), row.getString("task_id"));
    return new ResultEntry(id, row.getString("result_key"), named(ResultKind.class, row.getString("kind")),
        row.getString("url"), Optional.ofNullable(row.getString("saved_to")));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new LedgerException("the task ledger holds a " + type.getSimpleName() + " this version does not know: '"
          + name + "'", e);
    }
  }
}
