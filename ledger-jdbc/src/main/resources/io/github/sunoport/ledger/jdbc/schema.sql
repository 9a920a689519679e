-- The sunoport task ledger, version 1. Applied by JdbcTaskLedger.create at start-up; every statement is idempotent,
-- so it runs on each start and a DBA may also run it by hand. Portable between PostgreSQL and H2.

-- One row per submitted task. state_rank orders states so that an UPDATE can move a task forwards only
-- (StateOrder in sunoport-core); 5 is terminal (SUCCEEDED, FAILED).
CREATE TABLE IF NOT EXISTS sunoport_ledger_task (
  provider        VARCHAR(40)  NOT NULL,
  task_id         VARCHAR(200) NOT NULL,
  operation       VARCHAR(60)  NOT NULL,
  source_provider VARCHAR(40),
  source_track    VARCHAR(200),
  submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  state_rank      INTEGER      NOT NULL,
  last_seen_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT sunoport_ledger_task_pk PRIMARY KEY (provider, task_id)
);

CREATE INDEX IF NOT EXISTS sunoport_ledger_task_by_rank ON sunoport_ledger_task (state_rank, submitted_at);
CREATE INDEX IF NOT EXISTS sunoport_ledger_task_by_source ON sunoport_ledger_task (source_provider, source_track, operation);

-- Result links seen for a task, and where each was saved.
CREATE TABLE IF NOT EXISTS sunoport_ledger_result (
  provider   VARCHAR(40)   NOT NULL,
  task_id    VARCHAR(200)  NOT NULL,
  result_key VARCHAR(300)  NOT NULL,
  kind       VARCHAR(20)   NOT NULL,
  url        VARCHAR(4000) NOT NULL,
  saved_to   VARCHAR(4000),
  CONSTRAINT sunoport_ledger_result_pk PRIMARY KEY (provider, task_id, result_key),
  CONSTRAINT sunoport_ledger_result_task FOREIGN KEY (provider, task_id)
    REFERENCES sunoport_ledger_task (provider, task_id) ON DELETE CASCADE
);

-- One row per callback delivery processed: the primary key is what makes a claim atomic across instances.
CREATE TABLE IF NOT EXISTS sunoport_ledger_callback (
  provider   VARCHAR(40)  NOT NULL,
  task_id    VARCHAR(200) NOT NULL,
  stage      VARCHAR(20)  NOT NULL,
  claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT sunoport_ledger_callback_pk PRIMARY KEY (provider, task_id, stage)
);
