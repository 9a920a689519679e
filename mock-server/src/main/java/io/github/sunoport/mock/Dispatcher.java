package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one path every provider request takes: log → latency → auth → body cap → forced fault → scenario → endpoint.
 * Javalin matches the routes; requests it cannot match come back through {@link #refused}, logged like the others
 * and answered in the provider's own shape (without latency: they answer no route).
 */
final class Dispatcher {
  static final String SCENARIO_HEADER = "X-Mock-Scenario";
  private static final Reply NOT_FOUND = notFound();
  /** An answer written in full; shared, so the common path allocates no future. */
  private static final CompletableFuture<Void> SENT = CompletableFuture.completedFuture(null);
  /** Marks a body that broke off before its announced length (the client went away or lied). */
  private static final byte[] UNREADABLE = new byte[0];
  private static final byte[] NO_BODY = new byte[0];
  /** Marks a body that did not arrive within {@link BodyGate#BODY_DEADLINE}. */
  private static final byte[] TOO_SLOW = new byte[0];

  /**
   * A registered route of a provider.
   *
   * @param idOffset where the task id starts in the path of a {@code <path>/{taskId}} route, else -1
   * @param open answered without the API key, like the upload host's file downloads
   */
  record Route(Profile profile, String key, Endpoint endpoint, int idOffset, boolean open, Envelope envelope) {}

  private final Parts parts;
  private final String token;
  private final long maxBodyBytes;
  private final ScheduledExecutorService timers;
  /** Record mode, or null. */
  private final Proxy proxy;

  Dispatcher(Parts parts, String token, long maxBodyBytes, ScheduledExecutorService timers, Proxy proxy) {
    this.proxy = proxy;
    this.parts = parts;
    this.token = token;
    this.maxBodyBytes = maxBodyBytes;
    this.timers = timers;
  }

  /**
   * Answers a routed call. With latency configured, the request is parked (Javalin's async mode) and answered by a
   * timer, so a delayed call holds no server thread and the admin API keeps answering whatever the delay. The most
   * specific latency applies: route, provider, everything (see {@link LatencyPlan}), then the global one.
   */
  void serve(Context ctx, Route route) {
    byte[] body = readBody(ctx);
    String key = isDeeper(pathId(ctx, route)) ? null : route.key();
    log(ctx, body, route.profile(), key);
    long delay = parts.faults().latencies().delay(route.profile(), key, parts.faults().latency()).toMillis();
    if (delay == 0) {
      CompletableFuture<Void> sent = send(ctx, route, key, body);
      if (!sent.isDone()) ctx.future(() -> sent);
      return;
    }
    CompletableFuture<Void> answered = new CompletableFuture<>();
    ctx.future(() -> answered);
    timers.schedule(() -> {
      try {
        send(ctx, route, key, body).whenComplete((done, failure) -> {
          if (failure == null) answered.complete(null); else answered.completeExceptionally(failure);
        });
      } catch (RuntimeException e) {
        answered.completeExceptionally(e);
      }
    }, delay, TimeUnit.MILLISECONDS);
  }

  /** Writes the answer; the future completes once all of it is out (for {@code slow-body}, after the dribble). */
  private CompletableFuture<Void> send(Context ctx, Route route, String key, byte[] body) {
    Profile provider = route.profile();
    if (proxy != null && proxy.forwardsAll(provider)) {
      JavalinSetup.write(ctx, proxy.forward(ctx, provider, key, body, parts.errors(provider)));
      return SENT;
    }
    Reply reply = answer(ctx, route, body);
    if (proxy != null && proxy.covers(provider) && Proxy.isNoAnswer(reply, parts.errors(provider))) {
      reply = proxy.forward(ctx, provider, key, body, parts.errors(provider));
    }
    long slowMillis = TransportFaults.slowMillis(reply);
    if (slowMillis > 0) return TransportFaults.dribble(ctx, reply, slowMillis, timers);
    JavalinSetup.write(ctx, reply);
    return SENT;
  }

  Reply answer(Context ctx, Route route, byte[] body) {
    Profile provider = route.profile();
    String pathId = pathId(ctx, route);
    boolean deeper = isDeeper(pathId);
    ErrorBodies errors = parts.errors(provider).in(route.envelope());
    Reply denied = route.open() ? null : Auth.check(ctx.header("Authorization"), token, provider.auth(), errors);
    if (denied != null) return denied;
    if (body == null) {
      return errors.withStatus(413, 413, "Request body too large: the mock accepts at most " + maxBodyBytes + " bytes")
          .withHeader("Connection", "close");
    }
    if (body == UNREADABLE) {
      return errors.withStatus(400, 400, "Request body could not be read: it ended before its Content-Length");
    }
    if (body == TOO_SLOW) {
      return errors.withStatus(408, 408, "Request body did not arrive within " + BodyGate.BODY_DEADLINE.toSeconds()
          + " s; the connection is closed").withHeader("Connection", "close");
    }
    String forced = parts.faults().poll(provider, route.key());
    String scenario = ctx.header(SCENARIO_HEADER);
    String transport = TransportFaults.isTransport(forced) ? forced
        : scenario != null && TransportFaults.isTransport(scenario.strip()) ? scenario.strip() : null;
    if (transport == null) return respond(ctx, route, forced, scenario, pathId, deeper, ctx.queryString(), body);
    if (!TransportFaults.needsAnswer(transport)) return TransportFaults.perform(ctx, transport, null);
    // The route's real answer, delivered broken; a header scenario still picks it when the fault was queued.
    Reply answer = transport.equals(forced)
        ? respond(ctx, route, null, scenario, pathId, deeper, ctx.queryString(), body)
        : respond(ctx, route, forced, null, pathId, deeper, ctx.queryString(), body);
    return TransportFaults.perform(ctx, transport, answer);
  }

  /** Forced fault, scenario, then the endpoint. */
  private Reply respond(Context ctx, Route route, String forced, String scenario, String pathId, boolean deeper,
      String query, byte[] body) {
    Profile provider = route.profile();
    ErrorBodies errors = parts.errors(provider).in(route.envelope());
    String key = route.key();
    if (forced != null) return Faults.reply(forced, provider, errors);
    if (scenario != null && !scenario.isBlank()) {
      scenario = scenario.strip();
      if (Faults.isFault(scenario)) return Faults.reply(scenario, provider, errors);
      Example example = parts.catalog().find(provider, key, scenario);
      if (example != null) return Reply.json(200, example.body());
      if (!isArrayForm(key, scenario)) {
        return errors.reply(errors.validationCode(), "Unknown " + SCENARIO_HEADER + " '" + scenario + "' for " + key
            + "; examples: " + parts.catalog().names(provider, key) + ", faults: " + Faults.NAMES
            + ", transport faults: " + TransportFaults.NAMES);
      }
    }
    if (deeper) return errors.unknownPath();
    try {
      return route.endpoint().handle(new Call(provider, key, query, pathId, body, scenario,
          ctx.header("Content-Type"), origin(ctx)));
    } catch (BadInput e) {
      return errors.badInput(e, key);
    }
  }

  /**
   * A request Javalin matched to no route (404), to a route of another method (405), or refused before routing:
   * in the addressed provider's error shape, logged like any other call, or the generic shape outside the provider
   * prefixes.
   */
  Reply refused(Context ctx, int status) {
    String path = ctx.path();
    int slash = path.indexOf('/', 1);
    Profile provider = Profiles.find(slash < 0 ? path.substring(1) : path.substring(1, slash));
    if (provider == null) {
      // Logged for the near-miss report (a mistyped prefix is the commonest miss); the admin API is never logged.
      if (!path.startsWith(AdminApi.PREFIX)) log(ctx, readBody(ctx), null, null);
      if (status == 404) return NOT_FOUND;
      return Reply.json(status, JsonErrorHandler.body(status, status == 405 ? "Method Not Allowed" : "Bad Request"));
    }
    byte[] body = readBody(ctx);
    log(ctx, body, provider, null);
    ErrorBodies errors = parts.errors(provider);
    if (proxy != null && proxy.covers(provider) && body != null) return proxy.forward(ctx, provider, null, body, errors);
    if (status == 404) return errors.unknownPath();
    if (status == 405) return errors.wrongMethod();
    return errors.withStatus(status, status, errors.message(status));
  }

  /** Compiled once: {@code String.matches} would compile the pattern again on every request. */
  private static final Pattern PLAIN_HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,300}");

  /**
   * {@code scheme://host[:port]} as the client addressed this server: the {@code Host} header, else the local
   * address. Read raw, since Javalin's parsed accessors throw on some malformed headers.
   */
  private static String origin(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank() || !PLAIN_HOST.matcher(host).matches()) {
      host = ctx.req().getLocalAddr() + ":" + ctx.req().getLocalPort();
    }
    return ctx.req().getScheme() + "://" + host;
  }

  /** The raw id of a {@code <path>/{taskId}} route, or null for other routes. */
  private static String pathId(Context ctx, Route route) {
    return route.idOffset() < 0 ? null : pathId(ctx.path(), route.idOffset());
  }

  /** The wildcard also matches deeper paths; the provider's route has exactly one segment after it. */
  private static boolean isDeeper(String pathId) {
    return pathId != null && pathId.indexOf('/') >= 0;
  }

  /** The raw id after {@code <path>/}; empty for the bare path, so the endpoint reports it missing. */
  private static String pathId(String path, int offset) {
    return path.length() > offset ? path.substring(offset) : "";
  }

  private static boolean isArrayForm(String route, String scenario) {
    return route.equals("lyrics-record-info")
        && (scenario.equals(FamilyApi.DATA_ARRAY) || scenario.equals(FamilyApi.LYRICS_DATA));
  }

  /** The body, or null when it is over the cap (then it is never held in memory). */
  private byte[] readBody(Context ctx) {
    // A long: a Content-Length of 2^31 or more is "too large", not "none" (the int form reads it as -1).
    long length = ctx.req().getContentLengthLong();
    // Most calls are GETs without a body; reading one anyway costs a buffer per request (the bulk of the allocation).
    if (length <= 0 && ctx.header("Transfer-Encoding") == null) {
      return NO_BODY;
    }
    // The gate has read and dropped an oversize body already, and closes the connection after the answer.
    if (length > maxBodyBytes || ctx.attribute(BodyGate.TOO_LARGE) != null) return null;
    if (ctx.attribute(BodyGate.TOO_SLOW) != null) return TOO_SLOW;
    try {
      byte[] body = ctx.bodyAsBytes();
      return body.length > maxBodyBytes ? null : body;
    } catch (HttpResponseException e) {
      return null;
    } catch (Exception e) {
      // Jetty reports a body cut short as an (unchecked) EOF; that is the client's fault, not a server error.
      return UNREADABLE;
    }
  }

  private void log(Context ctx, byte[] body, Profile provider, String route) {
    String text = body == null ? "(body over " + maxBodyBytes + " bytes, not read)"
        : body == TOO_SLOW ? "(body too slow, not read)" : new String(body, UTF_8);
    String query = ctx.queryString();
    parts.log().add(new LoggedRequest(parts.lifecycle().now(), ctx.req().getMethod(), ctx.path(),
        query == null ? "" : query, RequestLog.redactAll(ctx.headerMap()), RequestLog.cut(text),
        provider == null ? null : provider.id(), route));
  }

  static Reply notFound() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", 404);
    body.put("msg", "Not Found");
    return Reply.json(404, body);
  }

  static Reply genericNotFound() {
    return NOT_FOUND;
  }
}
