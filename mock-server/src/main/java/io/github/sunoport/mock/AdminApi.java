package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP face of {@link MockAdmin} under {@code /__admin}; see the module README for the routes. */
final class AdminApi {
  static final String TOKEN_HEADER = "X-Admin-Token";
  static final String PREFIX = "/__admin";

  private final MockAdmin admin;
  private final String adminToken;

  AdminApi(MockAdmin admin, String adminToken) {
    this.admin = admin;
    this.adminToken = adminToken;
  }

  /** Registers every admin route under {@code /__admin}; each answers whatever the provider routes are doing. */
  void register(RoutesConfig routes) {
    add(routes, HandlerType.GET, "/examples", ctx -> ok(Map.of("examples", admin.examples())));
    add(routes, HandlerType.GET, "/requests", ctx -> ok(Map.of("requests", entries(admin.requests()))));
    add(routes, HandlerType.DELETE, "/requests", ctx -> done(admin.clearRequests()));
    add(routes, HandlerType.POST, "/requests/count", ctx -> ok(Map.of("count", admin.count(pattern(ctx)))));
    add(routes, HandlerType.POST, "/requests/find", ctx -> ok(Map.of("requests", entries(admin.find(pattern(ctx))))));
    add(routes, HandlerType.GET, "/requests/unmatched", ctx -> ok(Map.of("requests", nearMisses())));
    add(routes, HandlerType.GET, "/callbacks", ctx -> ok(Map.of("callbacks", callbacks())));
    add(routes, HandlerType.DELETE, "/callbacks", ctx -> done(admin.clearCallbacks()));
    add(routes, HandlerType.POST, "/reset", ctx -> done(admin.reset()));
    add(routes, HandlerType.POST, "/faults", ctx -> {
      Fields body = body(ctx);
      if ("always".equals(body.body().get("times"))) {
        return done(admin.failAlways(body.required("provider"), body.required("route"), body.required("fault")));
      }
      long times = wholeNumber(body, "times", 1, 1, FaultPlan.MAX_TIMES, ", or \"always\"");
      return done(admin.failNext(body.required("provider"), body.required("route"), (int) times,
          body.required("fault")));
    });
    add(routes, HandlerType.POST, "/latency", ctx -> {
      Fields body = body(ctx);
      if (LatencyJson.isShaped(body)) return done(LatencyJson.apply(admin, body));
      long millis = wholeNumber(body, "millis", 0, 0, FaultPlan.MAX_LATENCY.toMillis(), "");
      return done(admin.latency(Duration.ofMillis(millis)));
    });
    add(routes, HandlerType.POST, "/random-faults", ctx -> {
      Fields body = body(ctx);
      Double fraction = body.optionalNumber("fraction");
      if (fraction == null) throw new IllegalArgumentException("fraction is required (0 to 1; 0 removes)");
      Double seed = body.optionalNumber("seed");
      return done(admin.failRandomly(body.required("provider"), body.optional("route"), fraction,
          seed == null ? 1 : seed.longValue(), LatencyJson.strings(body.body(), "faults")));
    });
    add(routes, HandlerType.POST, "/callback-faults", ctx -> {
      Fields body = body(ctx);
      return done(admin.callbackFault(body.required("provider"), body.required("stage"), body.required("fault")));
    });
    add(routes, HandlerType.POST, "/next-task-fate", ctx -> {
      Fields body = body(ctx);
      return done(admin.nextTaskFate(body.required("provider"), body.required("fate")));
    });
    add(routes, HandlerType.POST, "/tasks/*/advance", ctx -> {
      String to = ctx.bodyAsBytes().length == 0 ? null : body(ctx).optional("to");
      return ok(admin.stages().advance(taskId(ctx, "/advance"), to));
    });
    add(routes, HandlerType.POST, "/tasks/*/hold", ctx -> ok(admin.stages().hold(taskId(ctx, "/hold"))));
    add(routes, HandlerType.POST, "/tasks/*/release", ctx -> ok(admin.stages().release(taskId(ctx, "/release"))));
    add(routes, HandlerType.POST, "/examples/reload", ctx -> ok(Map.of("examples", admin.reloadExamples())));
    add(routes, HandlerType.POST, "/tasks/*/fate", ctx -> {
      String path = ctx.path();
      String id = Call.decode(path.substring(PREFIX.length() + "/tasks/".length(), path.length() - "/fate".length()), false);
      return done(admin.taskFate(id, body(ctx).required("fate")));
    });
  }

  /** One admin route: the token check, then the action; bad input is a 400 naming what was wrong. */
  private void add(RoutesConfig routes, HandlerType method, String path, Action action) {
    routes.addHttpHandler(method, PREFIX + path, ctx -> {
      Reply reply;
      if (adminToken != null && !adminToken.equals(ctx.header(TOKEN_HEADER))) {
        reply = error(401, "Admin token required in " + TOKEN_HEADER);
      } else {
        try {
          reply = action.answer(ctx);
        } catch (BadInput | IllegalArgumentException e) {
          reply = error(400, e.getMessage());
        }
      }
      JavalinSetup.write(ctx, reply);
    });
  }

  @FunctionalInterface
  private interface Action {
    Reply answer(Context ctx) throws BadInput;
  }

  /** A whole number within bounds, or the default when absent; anything else is bad input naming the field. */
  private static long wholeNumber(Fields body, String field, long absent, long min, long max, String alternative)
      throws BadInput {
    Object value = body.body().get(field);
    if (value == null) return absent;
    if (value instanceof Double) {
      double d = (Double) value;
      if (d == Math.rint(d) && d >= min && d <= max) return (long) d;
    }
    throw BadInput.invalid(field + " must be a whole number from " + min + " to " + max + alternative + ", not " + value);
  }

  private static Fields body(Context ctx) throws BadInput {
    return new Fields(Json.parseObject(ctx.bodyAsBytes()));
  }

  /** The raw task id between {@code /tasks/} and {@code suffix}, strictly decoded. */
  private static String taskId(Context ctx, String suffix) throws BadInput {
    String path = ctx.path();
    return Call.decode(path.substring(PREFIX.length() + "/tasks/".length(), path.length() - suffix.length()), false);
  }

  /** A matcher body; an empty body matches every request. */
  private static RequestPattern pattern(Context ctx) throws BadInput {
    byte[] body = ctx.bodyAsBytes();
    return new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()
        ? RequestPattern.any() : RequestPattern.fromJson(Json.parseObject(body));
  }

  private static List<Object> entries(List<LoggedRequest> requests) {
    List<Object> out = new ArrayList<>();
    for (LoggedRequest r : requests) out.add(entry(r));
    return out;
  }

  private List<Object> nearMisses() {
    NearMisses nearMisses = new NearMisses(Profiles.ALL);
    List<Object> out = new ArrayList<>();
    for (LoggedRequest r : admin.unmatched()) out.add(nearMisses.report(r));
    return out;
  }

  /** One logged request as the admin API shows it. */
  static Map<String, Object> entry(LoggedRequest r) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("time", r.time().toString());
    entry.put("method", r.method());
    entry.put("path", r.path());
    entry.put("query", r.query());
    entry.put("headers", r.headers());
    entry.put("body", r.body());
    entry.put("provider", r.provider());
    entry.put("route", r.route());
    return entry;
  }

  private List<Object> callbacks() {
    List<Object> out = new ArrayList<>();
    for (LoggedCallback c : admin.callbacks()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("time", c.time().toString());
      entry.put("provider", c.provider());
      entry.put("taskId", c.taskId());
      entry.put("stage", c.stage());
      entry.put("url", c.url());
      entry.put("attempt", c.attempt());
      entry.put("outcome", c.outcome());
      entry.put("status", c.status());
      entry.put("detail", c.detail());
      entry.put("body", c.body());
      out.add(entry);
    }
    return out;
  }

  private static Reply done(MockAdmin ignored) {
    return ok(Map.of("ok", true));
  }

  private static Reply ok(Object body) {
    return Reply.json(200, body);
  }

  private static Reply error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", status);
    body.put("msg", message);
    return Reply.json(status, body);
  }
}
