package io.github.sunoport.examples;

import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.ledger.LedgerEntry;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.ledger.jdbc.JdbcTaskLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The README's "Running several instances": every instance of an app shares one ledger in PostgreSQL, so a callback
 * is processed once whichever instance receives it, and a restarted instance resumes what was left unfinished.
 */
final class SeveralInstances {
  static final String OPERATION = "music.generate";

  private final SunoClient client;
  private final TaskLedger ledger;
  private final Consumer<CallbackEvent> handler;

  SeveralInstances(SunoClient client, DataSource dataSource, Consumer<CallbackEvent> handler) {
    this.client = client;
    this.ledger = JdbcTaskLedger.create(dataSource); // the app's pool; creates the ledger's tables if missing
    this.handler = handler;
  }

  TaskLedger ledger() {
    return ledger;
  }

  /** Submits a song and records what was paid for. */
  TaskId submit(MusicRequest request) {
    TaskId id = client.music().submit(request);
    ledger.recordSubmitted(SubmittedTask.of(id, OPERATION, request, Instant.now()));
    return id;
  }

  /** Handles one request to the callback URL, on any instance; returns the HTTP status to answer. */
  int onCallback(byte[] body, Map<String, List<String>> headers) {
    CallbackEvent event;
    try {
      event = client.callbacks().parse(body, headers);
    } catch (InvalidCallbackException e) {
      return 400;
    }
    if (!ledger.claimCallback(event)) {
      return 200; // this (provider, task, stage) was processed already, here or on another instance
    }
    try {
      ledger.record(event, Instant.now());
      handler.accept(event);
      return 200;
    } catch (RuntimeException e) {
      ledger.releaseCallback(event); // the provider retries, and the retry may process it
      return 500;
    }
  }

  /** After a restart: awaits the songs of this provider left unfinished and records how each ended. */
  List<MusicTask> resumeUnfinished(TaskAwaiter awaiter) {
    List<MusicTask> finished = new ArrayList<>();
    for (LedgerEntry entry : ledger.unfinished()) {
      TaskId id = entry.task().id();
      if (id.provider().equals(client.provider()) && entry.task().operation().equals(OPERATION)) {
        MusicTask task = awaiter.await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED));
        ledger.record(task, Instant.now());
        finished.add(task);
      }
    }
    return finished;
  }
}
