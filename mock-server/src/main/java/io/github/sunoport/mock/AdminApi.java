package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP face of {@link MockAdmin} under {@code /__admin}; see the module README for the routes. */
final class AdminApi {
  static final String TOKEN_HEADER = "X-Admin-Token";

  private final MockAdmin admin;
  private final String adminToken;

  AdminApi(MockAdmin admin, String adminToken) {
    this.admin = admin;
    this.adminToken = adminToken;
  }

  Reply answer(Context ctx, String rest) {
    if (adminToken != null && !adminToken.equals(ctx.header(TOKEN_HEADER))) {
      return error(401, "Admin token required in " + TOKEN_HEADER);
    }
    String route = ctx.method().name() + ' ' + rest;
    try {
      if (route.equals("GET /examples")) return ok(Map.of("examples", admin.examples()));
      if (route.equals("GET /requests")) return ok(Map.of("requests", requests()));
      if (route.equals("DELETE /requests")) return done(admin.clearRequests());
      if (route.equals("GET /callbacks")) return ok(Map.of("callbacks", callbacks()));
      if (route.equals("DELETE /callbacks")) return done(admin.clearCallbacks());
      if (route.equals("POST /reset")) return done(admin.reset());
      if (!ctx.method().name().equals("POST")) return Dispatcher.genericNotFound();
      Fields body = new Fields(Json.parseObject(ctx.bodyAsBytes()));
      if (rest.equals("/faults")) {
        Double times = body.optionalNumber("times");
        return done(admin.failNext(body.required("provider"), body.required("route"),
            times == null ? 1 : times.intValue(), body.required("fault")));
      }
      if (rest.equals("/latency")) {
        Double millis = body.optionalNumber("millis");
        return done(admin.latency(Duration.ofMillis(millis == null ? 0 : millis.longValue())));
      }
      if (rest.equals("/callback-faults")) {
        return done(admin.callbackFault(body.required("provider"), body.required("stage"), body.required("fault")));
      }
      if (rest.equals("/next-task-fate")) return done(admin.nextTaskFate(body.required("provider"), body.required("fate")));
      if (rest.startsWith("/tasks/") && rest.endsWith("/fate")) {
        String id = Call.decode(rest.substring("/tasks/".length(), rest.length() - "/fate".length()), false);
        return done(admin.taskFate(id, body.required("fate")));
      }
      return Dispatcher.genericNotFound();
    } catch (BadInput | IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private List<Object> requests() {
    List<Object> out = new ArrayList<>();
    for (LoggedRequest r : admin.requests()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("time", r.time().toString());
      entry.put("method", r.method());
      entry.put("path", r.path());
      entry.put("query", r.query());
      entry.put("headers", r.headers());
      entry.put("body", r.body());
      out.add(entry);
    }
    return out;
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
