package io.github.sunoport.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Java control of a running {@link MockServer}, mirroring the HTTP API under {@code /__admin}: force faults,
 * decide how tasks end, add latency, read the request log and reset. Reached through {@link MockServer#admin()}.
 *
 * <p>Providers are named by id ({@code kie}, {@code sunoapi-org}, {@code sunoapi-com}); routes by key
 * ({@code lyrics}, {@code lyrics-record-info}, {@code generate}, {@code extend}, {@code generate-record-info},
 * {@code timestamped-lyrics}, {@code credits} for kie.ai and sunoapi.org; {@code make-lyrics}, {@code get-lyrics},
 * {@code create}, {@code task}, {@code clip}, {@code get-credits} for sunoapi.com). Unknown names throw
 * {@link IllegalArgumentException} listing the valid ones.
 */
public final class MockAdmin {
  private final ExampleCatalog catalog;
  private final FaultPlan faults;
  private final TaskStore tasks;
  private final RequestLog log;
  private final Callbacks callbacks;
  private final RouteTable routes;
  private final Lifecycle lifecycle;
  private final StageControl stages;

  MockAdmin(ExampleCatalog catalog, FaultPlan faults, TaskStore tasks, RequestLog log, Callbacks callbacks,
      RouteTable routes, Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.stages = new StageControl(tasks, lifecycle, callbacks);
    this.catalog = catalog;
    this.faults = faults;
    this.tasks = tasks;
    this.log = log;
    this.callbacks = callbacks;
    this.routes = routes;
  }

  /**
   * Answers the next {@code times} calls of a route (1 to 1,000,000) with {@code fault}: a provider body code such as
   * {@code "402"} or {@code "455"}, or one of {@code unauthorized, credits, rate-limited, frequency, prompt-too-long,
   * validation, not-found, maintenance, server-error, http-429} (real HTTP 429 with {@code Retry-After}),
   * {@code http-502}, {@code http-503} (HTML bodies, as an upstream proxy would send). Runs queue in order.
   */
  public MockAdmin failNext(String provider, String route, int times, String fault) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(route, "route == null");
    if (times < 1 || times > FaultPlan.MAX_TIMES) {
      throw new IllegalArgumentException("times must be 1 to " + FaultPlan.MAX_TIMES + ": " + times);
    }
    Profile p = Profiles.of(provider);
    faults.force(p, routes.requireKey(p, route), Faults.requireFault(fault), times);
    return this;
  }

  /** Answers every following call of a route with {@code fault} (names as for {@link #failNext}) until {@link #reset()}. */
  public MockAdmin failAlways(String provider, String route, String fault) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(route, "route == null");
    Profile p = Profiles.of(provider);
    faults.force(p, routes.requireKey(p, route), Faults.requireFault(fault), FaultPlan.ALWAYS);
    return this;
  }

  /**
   * Answers a {@code fraction} (0 to 1) of the following calls of a route with one of {@code faults} (names as for
   * {@link #failNext}), picked by a random seeded with {@code seed}, until {@link #reset()} or a fraction of 0.
   * Faults queued with {@link #failNext} come first. For reliability tests: transient errors on some calls. A null
   * {@code route} applies to every route of the provider. Transport faults ({@code connection-reset},
   * {@code empty-reply}, {@code truncated-body}, {@code malformed-chunk}, {@code garbage}, {@code slow-body:<ms>}) are
   * valid here and in {@link #failNext} too.
   */
  public MockAdmin failRandomly(String provider, String route, double fraction, long seed, String... faults) {
    Objects.requireNonNull(provider, "provider == null");
    if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException("fraction not in [0, 1]: " + fraction);
    if (fraction > 0 && faults.length == 0) throw new IllegalArgumentException("no faults to pick from");
    Profile p = Profiles.of(provider);
    List<String> checked = new java.util.ArrayList<>();
    for (String fault : faults) checked.add(Faults.requireFault(fault));
    // A null route means every route of the provider, each with its own random (seeded alike) so none shifts another.
    for (String key : route == null ? routes.keys(p) : List.of(routes.requireKey(p, route))) {
      this.faults.random(p, key, fraction, seed, checked);
    }
    return this;
  }

  /**
   * Makes an existing task end in {@code fate}: {@code SUCCESS}, {@code CREATE_TASK_FAILED},
   * {@code GENERATE_LYRICS_FAILED}, {@code GENERATE_AUDIO_FAILED}, {@code CALLBACK_EXCEPTION},
   * {@code SENSITIVE_WORD_ERROR} or {@code FAILED} (sunoapi.com); each maps to the nearest documented state.
   */
  public MockAdmin taskFate(String taskId, String fate) {
    Objects.requireNonNull(taskId, "taskId == null");
    tasks.fate(taskId, Fate.of(fate));
    return this;
  }

  /**
   * Moves a created task to its next stage ({@code to} null) or to the stage named {@code to}: {@code PENDING},
   * {@code TEXT_SUCCESS}, {@code FIRST_SUCCESS}, {@code SUCCESS} (sunoapi.com music: {@code PENDING},
   * {@code FIRST_SUCCESS} = running, {@code SUCCESS}; lyrics: {@code PENDING}, {@code SUCCESS}) or a stage number.
   * The task then stays there, whatever its timeline, until moved again or {@link #releaseTask released}; callbacks
   * go out for each stage reached.
   *
   * @return the stage the task is now at
   * @throws IllegalArgumentException for an unknown task or stage, or a stage behind the task's
   */
  public String advanceTask(String taskId, String to) {
    Objects.requireNonNull(taskId, "taskId == null");
    return (String) stages.advance(taskId, to).get("stage");
  }

  /** Keeps a task at the stage it is at until it is advanced or released; returns that stage. */
  public String holdTask(String taskId) {
    Objects.requireNonNull(taskId, "taskId == null");
    return (String) stages.hold(taskId).get("stage");
  }

  /** Lets a held task follow its timeline again (which may have passed: it then jumps ahead); returns its stage. */
  public String releaseTask(String taskId) {
    Objects.requireNonNull(taskId, "taskId == null");
    return (String) stages.release(taskId).get("stage");
  }

  StageControl stages() {
    return stages;
  }

  /**
   * Re-reads the {@code --examples} directory, so a payload added there is served without a restart.
   *
   * @return the number of examples now served (bundled and from the directory)
   * @throws IllegalArgumentException when the server has no examples directory or a file there is malformed; the
   *     examples in use then stay
   */
  public int reloadExamples() {
    return catalog.reload(routes);
  }

  /** Makes the next task created at {@code provider} end in {@code fate} (see {@link #taskFate}). */
  public MockAdmin nextTaskFate(String provider, String fate) {
    Objects.requireNonNull(provider, "provider == null");
    tasks.nextFate(Profiles.of(provider), Fate.of(fate));
    return this;
  }

  /**
   * Delays every provider answer by {@code latency} (0 to 1 minute), without holding a server thread while waiting;
   * {@link Duration#ZERO} removes the delay. The admin API is never delayed.
   */
  public MockAdmin latency(Duration latency) {
    Objects.requireNonNull(latency, "latency == null");
    faults.latency(latency);
    return this;
  }

  /**
   * Delays the answers of one route ({@code route} non-null), of every route of a provider ({@code route} null) or of
   * everything ({@code provider} null) by draws from {@code latency}, seeded with {@code seed} so a run repeats its
   * delays. The most specific setting applies, over {@link #latency(Duration)}; {@link Latency#none()} removes one.
   */
  public MockAdmin latency(String provider, String route, Latency latency, long seed) {
    Objects.requireNonNull(latency, "latency == null");
    if (provider == null && route != null) throw new IllegalArgumentException("a route needs its provider");
    Profile p = provider == null ? null : Profiles.of(provider);
    faults.latencies().set(p, route == null ? null : routes.requireKey(p, route), latency, seed);
    return this;
  }

  /** {@link #latency(String, String, Latency, long)} with seed 1. */
  public MockAdmin latency(String provider, String route, Latency latency) {
    return latency(provider, route, latency, 1);
  }

  /** The last requests to provider routes (at most 1,000), oldest first, with credentials redacted. */
  public List<LoggedRequest> requests() {
    return log.snapshot();
  }

  /** How many logged requests match {@code pattern}. */
  public int count(RequestPattern pattern) {
    return find(pattern).size();
  }

  /** The logged requests that match {@code pattern}, oldest first. */
  public List<LoggedRequest> find(RequestPattern pattern) {
    Objects.requireNonNull(pattern, "pattern == null");
    checkRoute(pattern);
    return log.snapshot().stream().filter(pattern::matches).collect(Collectors.toList());
  }

  /** The logged requests no route answered (unknown path, provider prefix or method), oldest first. */
  public List<LoggedRequest> unmatched() {
    return log.snapshot().stream().filter(r -> r.route() == null).collect(Collectors.toList());
  }

  /**
   * Checks that at least one logged request matches {@code pattern}.
   *
   * @throws AssertionError otherwise, listing what the mock received instead, closest first, with what differed
   */
  public MockAdmin verify(RequestPattern pattern) {
    int matched = count(pattern);
    if (matched == 0) throw new AssertionError(Verification.failure("a request", pattern, log.snapshot(), 0));
    return this;
  }

  /**
   * Checks that exactly {@code times} logged requests match {@code pattern} (0 to check none did).
   *
   * @throws AssertionError otherwise, listing what the mock received instead, closest first, with what differed
   */
  public MockAdmin verify(int times, RequestPattern pattern) {
    if (times < 0) throw new IllegalArgumentException("times < 0: " + times);
    int matched = count(pattern);
    if (matched != times) {
      throw new AssertionError(Verification.failure(
          "exactly " + times + (times == 1 ? " request" : " requests"), pattern, log.snapshot(), matched));
    }
    return this;
  }

  private void checkRoute(RequestPattern pattern) {
    if (pattern.route() == null) return;
    if (pattern.provider() != null) {
      routes.requireKey(Profiles.of(pattern.provider()), pattern.route());
    } else if (Profiles.ALL.stream().noneMatch(p -> routes.has(p, pattern.route()))) {
      throw new IllegalArgumentException("Unknown route '" + pattern.route() + "'; known: "
          + Profiles.ALL.stream().flatMap(p -> routes.keys(p).stream()).distinct().collect(Collectors.toList()));
    }
  }

  public MockAdmin clearRequests() {
    log.clear();
    return this;
  }

  /** Every example as {@code provider/route/name}, the name being the {@code X-Mock-Scenario} value selecting it. */
  public List<String> examples() {
    return catalog.all().stream()
        .map(e -> e.provider().id() + '/' + e.route() + '/' + e.name())
        .collect(Collectors.toList());
  }

  /**
   * Arms a fault for the next callback of {@code stage} ({@code text}, {@code first}, {@code complete} or
   * {@code error}) sent for a task of {@code provider} ({@code kie} or {@code sunoapi-org}); it is consumed by that
   * one delivery. {@code duplicate} sends the stage twice in a row; {@code delay:<ms>} sends it that much later
   * without holding back the following stages, so it may arrive after them; {@code drop} never sends it (logged as
   * {@code dropped}). Arming the same provider and stage again replaces the fault.
   */
  public MockAdmin callbackFault(String provider, String stage, String fault) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(stage, "stage == null");
    callbacks.faults().arm(Profiles.of(provider), stage, fault);
    return this;
  }

  /** The last callback attempts, refusals and drops (at most 1,000), oldest first. */
  public List<LoggedCallback> callbacks() {
    return callbacks.log().snapshot();
  }

  public MockAdmin clearCallbacks() {
    callbacks.log().clear();
    return this;
  }

  /**
   * Forgets created tasks, fates, queued faults, latency, the request log, armed callback faults and the callback
   * log; callbacks still scheduled or being retried are abandoned.
   */
  public MockAdmin reset() {
    faults.reset();
    tasks.reset();
    lifecycle.resetPins();
    log.clear();
    callbacks.reset();
    return this;
  }

  /**
   * One logged request. The {@code Authorization} header is kept only as its scheme ({@code Bearer ****}).
   *
   * @param path the raw path, without the query string
   * @param query the raw query string, or empty
   * @param body the UTF-8 body, cut after 16 KiB
   * @param provider the provider whose prefix the path has, or null outside the provider prefixes
   * @param route the key of the route that answered, or null when none did (see {@link MockAdmin#unmatched()})
   */
  public record LoggedRequest(Instant time, String method, String path, String query, Map<String, String> headers,
      String body, String provider, String route) {

    /** A request logged without its provider and route (as before they were logged). */
    public LoggedRequest(Instant time, String method, String path, String query, Map<String, String> headers,
        String body) {
      this(time, method, path, query, headers, body, null, null);
    }
  }

  /**
   * One callback attempt, or a callback not sent.
   *
   * @param stage {@code text}, {@code first}, {@code complete} or {@code error} (kie's failed lyrics are sent with
   *     {@code callbackType: complete} but logged as {@code error})
   * @param attempt 1 for the first attempt, 2 for the first retry...; 0 when nothing was sent
   * @param outcome {@code delivered} (a 2xx answer), {@code failed} (a retry follows), {@code gave-up} (the last
   *     attempt failed), {@code refused} (the URL's host is not allowed; never contacted) or {@code dropped} (fault)
   * @param status the receiver's HTTP status, or null when none arrived
   * @param detail why it failed or was not sent, or a fault's note; null when delivered plainly
   * @param body the payload, cut after 16 KiB
   */
  public record LoggedCallback(Instant time, String provider, String taskId, String stage, String url, int attempt,
      String outcome, Integer status, String detail, String body) {}
}
