package io.github.sunoport.mock;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin app: every operation of every profile registered as its own route, the admin API beside them, and
 * Javalin's exception handlers answering what matches no route (404), another method (405) or nothing Javalin knows,
 * in the addressed provider's JSON.
 */
final class JavalinSetup {
  private static final Logger LOG = LoggerFactory.getLogger(JavalinSetup.class);

  private JavalinSetup() {}

  static Javalin create(List<Profile> profiles, Parts parts, RouteTable routeTable, Dispatcher dispatcher,
      AdminApi adminApi, long maxBodyBytes, BodyGate gate) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = maxBodyBytes;
      // A known path asked with another method is a 405, as the providers' gateways answer it.
      config.http.prefer405over404 = true;
      // A call parked by the latency fault must outlive the longest latency, and nothing else is parked.
      config.http.asyncTimeout = FaultPlan.MAX_LATENCY.plusSeconds(30).toMillis();
      // The providers' paths are exact: a trailing slash is another (unknown) path.
      config.router.ignoreTrailingSlashes = false;
      // 64 keep-alive clients need no more; Jetty's default pool grows to 200 threads and their stacks.
      config.jetty.threadPool = new QueuedThreadPool(32, 4);
      config.jetty.modifyServer(server -> {
        server.setErrorHandler(new JsonErrorHandler());
        // Javalin nests its own handlers inside the one set here, so every request passes the gate first.
        server.setHandler(gate);
      });
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
      for (Profile profile : profiles) {
        for (Operation operation : profile.operations()) {
          register(config.routes, profile, operation, operation.endpoint().create(profile, parts), dispatcher);
          routeTable.registered(profile, operation);
        }
      }
      adminApi.register(config.routes);
      parts.files().register(config.routes);
      config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, dispatcher.refused(ctx, e.getStatus())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        // A bug of the mock, not of the request: logged for the developer, never echoed to the client.
        LOG.error("Mock server error on {} {}", ctx.req().getMethod(), ctx.path(), e);
        write(ctx, Reply.json(500, JsonErrorHandler.body(500, "Mock server error; see the mock server's log")));
      });
    });
  }

  private static void register(io.javalin.config.RoutesConfig routes, Profile profile, Operation operation,
      Endpoint endpoint, Dispatcher dispatcher) {
    String path = "/" + profile.id() + operation.path();
    HandlerType method = HandlerType.findOrCreate(operation.method());
    Dispatcher.Route route = new Dispatcher.Route(profile, operation.key(), endpoint,
        operation.idInPath() ? path.length() + 1 : -1, operation.open(), operation.envelope());
    Handler handler = ctx -> dispatcher.serve(ctx, route);
    List<HandlerType> methods = method.equals(HandlerType.GET) ? List.of(method, HandlerType.HEAD) : List.of(method);
    for (HandlerType each : methods) {
      // HEAD is a GET without its body (Jetty drops it), and goes through the dispatcher like any other call.
      routes.addHttpHandler(each, path, handler);
      if (operation.idInPath()) {
        // The bare path and the empty id reach the endpoint too, which answers "missing task id" as the provider does.
        // A wildcard rather than a {taskId} parameter: Javalin would URL-decode a parameter before any handler runs
        // and fail on a malformed escape; the dispatcher reads the raw id and the endpoint decodes it strictly.
        routes.addHttpHandler(each, path + "/", handler);
        routes.addHttpHandler(each, path + "/*", handler);
      }
    }
  }

  static void write(Context ctx, Reply reply) {
    if (reply == TransportFaults.HANDLED) return;
    ctx.status(reply.status());
    ctx.contentType(reply.contentType());
    reply.headers().forEach(ctx::header);
    // The bodies are pre-built bytes: written straight out, not copied through Javalin's result stream.
    byte[] body = reply.body();
    ctx.res().setContentLength(body.length);
    try {
      ctx.res().getOutputStream().write(body);
    } catch (IOException clientGone) {
      // The client closed the connection; there is no one left to answer.
    }
  }
}
