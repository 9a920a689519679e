package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the callbacks of created tasks (of providers whose profile has callbacks) when their timeline passes each
 * stage, asynchronously: no thread waits for a receiver, and each target (host and port) has at most
 * {@link CallbackLanes#PER_TARGET} attempts in flight, so one slow or hanging receiver delays no one else's callbacks.
 * A task's stages go out in order: the next stage is scheduled once the previous one's first attempt has finished. A failed attempt (no 2xx, error or timeout) is retried after each
 * configured delay, then given up; every attempt, refusal and drop lands in the callback log. A stage's payload is
 * rendered when it fires, so a fate set after creation shows up. {@link #reset()} abandons everything scheduled.
 */
final class Callbacks implements AutoCloseable {
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final CallbackSettings settings;
  private final CallbackTargets targets;
  private final CallbackFaults faults = new CallbackFaults();
  private final CallbackLog log = new CallbackLog();
  private final CallbackLanes lanes = new CallbackLanes();
  private final AtomicLong generation = new AtomicLong();
  /** The stage each task's callback chain waits to send next; removed when the chain ends. */
  private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final ExecutorService httpThreads;
  private volatile HttpClient http;

  /** One stage's payload on its way to one URL. */
  private record Delivery(Profile provider, String taskId, String stage, String url, String body, long generation) {
    /** The receiver, as host:port: what bounded concurrency is counted per. */
    String target() {
      try {
        URI uri = URI.create(url.strip());
        return String.valueOf(uri.getHost()).toLowerCase(java.util.Locale.ROOT) + ':' + uri.getPort();
      } catch (IllegalArgumentException e) {
        return url;
      }
    }
  }

  Callbacks(TaskStore tasks, Lifecycle lifecycle, CallbackSettings settings) {
    this.tasks = tasks;
    this.lifecycle = lifecycle;
    this.settings = settings;
    this.targets = new CallbackTargets(settings.allowedHosts());
    this.scheduler = Executors.newScheduledThreadPool(2, daemon("mock-callbacks"));
    this.httpThreads = Executors.newFixedThreadPool(2, daemon("mock-callbacks-http"));
  }

  /**
   * The client, built on the first delivery: building it initialises TLS, about a fifth of a second that a mock
   * whose tasks have no callback URL should not spend at start-up.
   */
  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          // No redirects and no proxy: a callback goes to the checked host and nowhere else.
          client = HttpClient.newBuilder().executor(httpThreads).connectTimeout(settings.timeout())
              .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
          http = client;
        }
      }
    }
    return client;
  }

  CallbackFaults faults() {
    return faults;
  }

  CallbackLog log() {
    return log;
  }

  /** Starts the callbacks of a task just created, if its provider sends any. */
  void schedule(Task task) {
    // Market tasks may be created without a callback URL; the legacy routes require one.
    if (task.provider().callbacks() == null || task.callBackUrl() == null || task.callBackUrl().isBlank()) return;
    scheduleStage(task.provider(), task.id(), 1, generation.get());
  }

  private void scheduleStage(Profile provider, String taskId, int stage, long gen) {
    Task task = tasks.get(provider, taskId);
    CallbackShape shape = provider.callbacks().shape();
    if (task == null || gen != generation.get() || stage >= shape.stageCount(task)) {
      waiting.remove(taskId);
      return;
    }
    waiting.put(taskId, stage);
    // A stage reached by hand (stage control) goes out now; otherwise when the timeline reaches it.
    long delay = lifecycle.stage(task, shape.stageCount(task)) >= stage ? 0
        : Duration.between(lifecycle.now(), lifecycle.reachedAt(task, stage, shape.stageCount(task))).toMillis();
    submit(() -> fire(provider, taskId, stage, gen), Math.max(0, delay));
  }

  /**
   * Picks up a task's callbacks after stage control moved or released it: the stage its chain waits for goes out now
   * if reached, or is scheduled on the timeline again. A second timer for the same stage finds it claimed.
   */
  void resume(Task task) {
    Integer stage = waiting.get(task.id());
    if (task.provider().callbacks() != null && stage != null) {
      scheduleStage(task.provider(), task.id(), stage, generation.get());
    }
  }

  private void fire(Profile provider, String taskId, int stage, long gen) {
    Task task = tasks.get(provider, taskId);
    if (task == null || gen != generation.get()) return;
    CallbackShape shape = provider.callbacks().shape();
    // A held task parks its chain at this stage until stage control moves it (see resume).
    if (lifecycle.isPinned(taskId) && lifecycle.stage(task, shape.stageCount(task)) < stage) return;
    // Claimed once: the timer and a resume may both fire the same stage.
    if (!waiting.remove(taskId, stage)) return;
    boolean last = stage == shape.stageCount(task) - 1;
    // A failing task shows no intermediate stage when polled, so it sends none: only the final error.
    if (!last && task.fate().failed()) {
      scheduleStage(provider, taskId, stage + 1, gen);
      return;
    }
    String stageName = shape.stageName(task, stage);
    Delivery delivery = new Delivery(provider, taskId, stageName, task.callBackUrl(),
        Json.string(shape.body(task, stage)), gen);
    String refusal = targets.refusal(task.callBackUrl());
    CallbackFaults.Fault fault = faults.take(provider, stageName);
    if (refusal != null) {
      record(delivery, 0, "refused", null, refusal);
    } else if (fault != null && fault.name().equals("drop")) {
      record(delivery, 0, "dropped", null, "drop fault");
    } else if (fault != null && fault.name().equals("delay")) {
      submit(() -> attempt(delivery, 1, "delayed " + fault.delayMillis() + " ms by fault"), fault.delayMillis());
    } else {
      // The next stage waits for this one's first attempt (and its duplicate), so a receiver sees them in order.
      CompletableFuture<Void> sent = attempt(delivery, 1, null);
      if (fault != null) sent = sent.thenCompose(done -> attempt(delivery, 1, "duplicate sent by fault"));
      sent.whenComplete((done, failure) -> scheduleStage(provider, taskId, stage + 1, gen));
      return;
    }
    scheduleStage(provider, taskId, stage + 1, gen);
  }

  /**
   * One attempt, sent asynchronously through its target's lane: no thread waits for the receiver. Completes when the
   * outcome is logged; a retry, if any, is scheduled on its own.
   */
  private CompletableFuture<Void> attempt(Delivery delivery, int attempt, String note) {
    if (delivery.generation() != generation.get()) return CompletableFuture.completedFuture(null);
    return lanes.submit(delivery.target(), () -> send(delivery, attempt, note))
        .exceptionally(failure -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
          record(delivery, 0, "dropped", null, cause.getMessage());
          return null;
        });
  }

  private CompletableFuture<Void> send(Delivery delivery, int attempt, String note) {
    if (delivery.generation() != generation.get()) return CompletableFuture.completedFuture(null);
    HttpRequest request;
    try {
      request = request(delivery);
    } catch (IllegalArgumentException e) {
      outcome(delivery, attempt, note, null, e);
      return CompletableFuture.completedFuture(null);
    }
    return http().sendAsync(request, HttpResponse.BodyHandlers.discarding())
        // The request timeout covers the answer's headers; this also bounds a receiver that stalls after them.
        .orTimeout(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)
        .handle((response, failure) -> {
          outcome(delivery, attempt, note, response == null ? null : response.statusCode(), failure);
          return null;
        });
  }

  private void outcome(Delivery delivery, int attempt, String note, Integer status, Throwable failed) {
    Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
    String failure;
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      failure = "timed out after " + settings.timeout().toMillis() + " ms";
    } else if (cause != null) {
      failure = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    } else {
      failure = status / 100 == 2 ? null : "HTTP " + status;
    }
    if (failure == null) {
      record(delivery, attempt, "delivered", status, note);
    } else if (attempt <= settings.retryDelays().size()) {
      record(delivery, attempt, "failed", status, failure);
      submit(() -> attempt(delivery, attempt + 1, null), settings.retryDelays().get(attempt - 1).toMillis());
    } else {
      record(delivery, attempt, "gave-up", status, failure + "; no retries left");
    }
  }

  private HttpRequest request(Delivery delivery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url().strip()))
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), UTF_8));
    if (settings.webhookKey() != null) {
      // Signed when sent, so the timestamp is the delivery's own.
      delivery.provider().callbacks().signer()
          .headers(delivery.taskId(), delivery.body(), lifecycle.now(), settings.webhookKey())
          .forEach(request::header);
    }
    return request.build();
  }

  private void record(Delivery d, int attempt, String outcome, Integer status, String detail) {
    if (d.generation() != generation.get()) return;
    log.add(new LoggedCallback(lifecycle.now(), d.provider().id(), d.taskId(), d.stage(), d.url(), attempt, outcome,
        status, detail, RequestLog.cut(d.body())));
  }

  private void submit(Runnable job, long delayMillis) {
    try {
      scheduler.schedule(job, delayMillis, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // the server is closing: callbacks still pending are abandoned
    }
  }

  /** Abandons every scheduled stage and retry, forgets armed faults and clears the log. */
  void reset() {
    generation.incrementAndGet();
    waiting.clear();
    lanes.clearWaiting();
    faults.reset();
    log.clear();
  }

  @Override
  public void close() {
    generation.incrementAndGet();
    scheduler.shutdownNow();
    httpThreads.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
