package io.github.sunoport.mock;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin app: one catch-all handler, JSON for every error Javalin or Jetty could otherwise render. */
final class JavalinSetup {
  private static final Logger LOG = LoggerFactory.getLogger(JavalinSetup.class);

  private JavalinSetup() {}

  static Javalin create(Dispatcher dispatcher, AdminApi adminApi, long maxBodyBytes) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = maxBodyBytes;
      // 64 keep-alive clients need no more; Jetty's default pool grows to 200 threads and their stacks.
      config.jetty.threadPool = new QueuedThreadPool(32, 4);
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
      for (HandlerType type : HandlerType.values()) {
        if (!type.isHttpMethod()) continue;
        config.routes.addHttpHandler(type, "/", ctx -> write(ctx, Dispatcher.genericNotFound()));
        config.routes.addHttpHandler(type, "/*", ctx -> write(ctx, route(ctx, dispatcher, adminApi)));
      }
      // A method Javalin does not know (BREW, PROPFIND, lower-case get) never reaches a route: answer like a wrong one.
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          write(ctx, dispatcher.refused(ctx.path(), e.getStatus() == 404 ? 405 : e.getStatus())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        // A bug of the mock, not of the request: logged for the developer, never echoed to the client.
        LOG.error("Mock server error on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, Reply.json(500, JsonErrorHandler.body(500, "Mock server error; see the mock server's log")));
      });
    });
  }

  private static Reply route(Context ctx, Dispatcher dispatcher, AdminApi adminApi) throws InterruptedException {
    String path = ctx.path();
    int slash = path.indexOf('/', 1);
    String prefix = slash < 0 ? path.substring(1) : path.substring(1, slash);
    String rest = slash < 0 ? "" : path.substring(slash);
    if (prefix.equals("__admin")) return adminApi.answer(ctx, rest);
    Provider provider = Provider.find(prefix);
    return provider == null ? Dispatcher.genericNotFound() : dispatcher.answer(ctx, provider, rest);
  }

  static void write(Context ctx, Reply reply) {
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
