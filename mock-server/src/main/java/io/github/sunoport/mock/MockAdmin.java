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

  MockAdmin(ExampleCatalog catalog, FaultPlan faults, TaskStore tasks, RequestLog log) {
    this.catalog = catalog;
    this.faults = faults;
    this.tasks = tasks;
    this.log = log;
  }

  /**
   * Answers the next {@code times} calls of a route with {@code fault}: a provider body code such as {@code "402"}
   * or {@code "455"}, or one of {@code unauthorized, credits, rate-limited, frequency, prompt-too-long, validation,
   * not-found, maintenance, server-error, http-429} (real HTTP 429 with {@code Retry-After}), {@code http-502},
   * {@code http-503} (HTML bodies, as an upstream proxy would send).
   */
  public MockAdmin failNext(String provider, String route, int times, String fault) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(route, "route == null");
    if (times < 1) throw new IllegalArgumentException("times < 1: " + times);
    Provider p = Provider.of(provider);
    faults.force(p, Routes.requireKey(p, route), Faults.requireFault(fault), times);
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

  /** Makes the next task created at {@code provider} end in {@code fate} (see {@link #taskFate}). */
  public MockAdmin nextTaskFate(String provider, String fate) {
    Objects.requireNonNull(provider, "provider == null");
    tasks.nextFate(Provider.of(provider), Fate.of(fate));
    return this;
  }

  /** Delays every provider answer by {@code latency}; {@link Duration#ZERO} removes the delay. */
  public MockAdmin latency(Duration latency) {
    Objects.requireNonNull(latency, "latency == null");
    if (latency.isNegative()) throw new IllegalArgumentException("latency < 0: " + latency);
    faults.latency(latency);
    return this;
  }

  /** The last requests to provider routes (at most 1,000), oldest first, with credentials redacted. */
  public List<LoggedRequest> requests() {
    return log.snapshot();
  }

  public MockAdmin clearRequests() {
    log.clear();
    return this;
  }

  /** Every example as {@code provider/route/name}, the name being the {@code X-Mock-Scenario} value selecting it. */
  public List<String> examples() {
    return catalog.all().stream()
        .map(e -> e.provider().id + '/' + e.route() + '/' + e.name())
        .collect(Collectors.toList());
  }

  /** Forgets created tasks, fates, queued faults, latency and the request log. */
  public MockAdmin reset() {
    faults.reset();
    tasks.reset();
    log.clear();
    return this;
  }

  /**
   * One logged request. The {@code Authorization} header is kept only as its scheme ({@code Bearer ****}).
   *
   * @param path the raw path, without the query string
   * @param query the raw query string, or empty
   * @param body the UTF-8 body, cut after 16 KiB
   */
  public record LoggedRequest(
      Instant time, String method, String path, String query, Map<String, String> headers, String body) {}
}
