package io.github.sunoport.ledger.jdbc;

import java.util.Locale;

/**
 * The statements that differ between the databases the ledger supports. Everything that must be atomic is one
 * statement decided by a unique key; nothing reads first and writes after.
 */
enum Dialect {
  /** PostgreSQL: {@code INSERT ... ON CONFLICT}. */
  POSTGRESQL(
      "INSERT INTO sunoport_ledger_task (provider, task_id, operation, source_provider, source_track, submitted_at,"
          + " request_hash, state, state_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      "INSERT INTO sunoport_ledger_callback (provider, task_id, stage, claimed_at) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING",
      // The SELECT ... WHERE EXISTS ignores links of tasks never submitted instead of failing the foreign key.
      "INSERT INTO sunoport_ledger_result (provider, task_id, result_key, kind, url)"
          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS"
          + " (SELECT 1 FROM sunoport_ledger_task WHERE provider = ? AND task_id = ?)"
          + " ON CONFLICT (provider, task_id, result_key) DO UPDATE SET kind = EXCLUDED.kind, url = EXCLUDED.url",
      "SELECT pg_advisory_xact_lock(7318412650931)"),

  /**
   * H2 2.x: standard {@code MERGE}, since H2 accepts {@code ON CONFLICT} only in its PostgreSQL mode, which the
   * app's URL may not ask for. Two MERGEs racing on one key can both find no row; the loser then fails on the
   * primary key, which {@link JdbcTaskLedger} reads as "already there".
   */
  H2(
      "MERGE INTO sunoport_ledger_task t USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(200)),"
          + " CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(200)),"
          + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS CHAR(64)), CAST(? AS VARCHAR(20)), CAST(? AS INTEGER)))"
          + " s (provider, task_id, operation, source_provider, source_track, submitted_at, request_hash, state,"
          + " state_rank) ON t.provider = s.provider AND t.task_id = s.task_id"
          + " WHEN NOT MATCHED THEN INSERT (provider, task_id, operation, source_provider, source_track, submitted_at,"
          + " request_hash, state, state_rank) VALUES (s.provider, s.task_id, s.operation, s.source_provider,"
          + " s.source_track, s.submitted_at, s.request_hash, s.state, s.state_rank)",
      "MERGE INTO sunoport_ledger_callback c USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(200)),"
          + " CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP WITH TIME ZONE))) s (provider, task_id, stage, claimed_at)"
          + " ON c.provider = s.provider AND c.task_id = s.task_id AND c.stage = s.stage"
          + " WHEN NOT MATCHED THEN INSERT (provider, task_id, stage, claimed_at)"
          + " VALUES (s.provider, s.task_id, s.stage, s.claimed_at)",
      "MERGE INTO sunoport_ledger_result r USING (SELECT CAST(? AS VARCHAR(40)) provider,"
          + " CAST(? AS VARCHAR(200)) task_id, CAST(? AS VARCHAR(300)) result_key, CAST(? AS VARCHAR(20)) kind,"
          + " CAST(? AS VARCHAR(4000)) url FROM sunoport_ledger_task WHERE provider = ? AND task_id = ?) s"
          + " ON r.provider = s.provider AND r.task_id = s.task_id AND r.result_key = s.result_key"
          + " WHEN MATCHED THEN UPDATE SET kind = s.kind, url = s.url"
          + " WHEN NOT MATCHED THEN INSERT (provider, task_id, result_key, kind, url)"
          + " VALUES (s.provider, s.task_id, s.result_key, s.kind, s.url)",
      null);

  final String insertTask;
  final String claimCallback;
  final String upsertResult;
  /** Serializes schema changes between processes, or null where the database does that itself. */
  final String schemaLock;

  Dialect(String insertTask, String claimCallback, String upsertResult, String schemaLock) {
    this.insertTask = insertTask;
    this.claimCallback = claimCallback;
    this.upsertResult = upsertResult;
    this.schemaLock = schemaLock;
  }

  /** Returns the dialect of a database product name, or null if the ledger does not support it. */
  static Dialect of(String productName) {
    String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    return null;
  }
}
