package io.github.sunoport.mock;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What reaches Javalin, decided before any server thread is committed to a request:
 * <ul>
 *   <li>A request body is gathered without a thread (Jetty reads it as it arrives) and must arrive whole within
 *       {@link #BODY_DEADLINE}; only then does the request take a worker, with its body in memory. Connections that
 *       dribble a body byte by byte therefore hold no worker, and are answered 408 and closed when the time is up.</li>
 *   <li>Protocol upgrades (WebSocket) are refused with a JSON 400 and the connection closed; nothing is created for
 *       them (Javalin's own upgrade path would open an HTTP session per attempt). {@code Upgrade: h2c} is ignored, as
 *       HTTP/1.1 allows: the connector speaks HTTP/1.1 only, so the request is answered as plain HTTP/1.1.</li>
 * </ul>
 */
final class BodyGate extends Handler.Wrapper {
  /** The time a request body may take to arrive, from the end of its headers. */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
  /** Request attributes telling the dispatcher why a body is missing. */
  static final String TOO_LARGE = "sunoport.mock.bodyTooLarge";
  static final String TOO_SLOW = "sunoport.mock.bodyTooSlow";

  private final long maxBodyBytes;
  private final ScheduledExecutorService timers;

  BodyGate(long maxBodyBytes, ScheduledExecutorService timers) {
    this.maxBodyBytes = maxBodyBytes;
    this.timers = timers;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String upgrade = request.getHeaders().get(HttpHeader.UPGRADE);
    if (upgrade != null && !upgrade.strip().equalsIgnoreCase("h2c")) {
      refuseUpgrade(request, response, callback);
      return true;
    }
    long length = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    // Body-less calls, nearly all of them, pass as they are.
    if (length <= 0 && !chunked) return super.handle(request, response, callback);
    gather(request, response, callback, length > maxBodyBytes);
    return true;
  }

  /**
   * Reads the body as it arrives, then passes the request on. An announced length over the cap is read and dropped
   * (so a client still sending receives the 413 rather than a reset), within the same deadline.
   */
  private void gather(Request request, Response response, Callback callback, boolean oversize) {
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    if (oversize) {
      request.setAttribute(TOO_LARGE, Boolean.TRUE);
      Content.Source.consumeAll(request, Callback.from(() -> body.complete(new byte[0]), body::completeExceptionally));
    } else {
      Content.Source.asByteArrayAsync(request, (int) maxBodyBytes + 1).whenComplete((bytes, failure) -> {
        if (failure == null) body.complete(bytes); else body.completeExceptionally(failure);
      });
    }
    AtomicBoolean passed = new AtomicBoolean();
    ScheduledFuture<?> deadline = timers.schedule(
        () -> body.completeExceptionally(new TimeoutException("body too slow")),
        BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    body.whenComplete((bytes, failure) -> {
      deadline.cancel(false);
      if (!passed.compareAndSet(false, true)) return;
      Request next = request;
      if (oversize) {
        next = new Buffered(request, new byte[0]);
      } else if (failure == null) {
        next = new Buffered(request, bytes);
      } else if (failure instanceof TimeoutException) {
        request.setAttribute(TOO_SLOW, Boolean.TRUE);
        next = new Buffered(request, new byte[0]);
      } else if (Request.getContentBytesRead(request) > maxBodyBytes) {
        // A chunked body over the cap (a Content-Length over it never gets here).
        request.setAttribute(TOO_LARGE, Boolean.TRUE);
        next = new Buffered(request, new byte[0]);
      }
      // Any other failure (the client broke off) passes the request on unread: the dispatcher reports it.
      try {
        if (!super.handle(next, response, callback)) Response.writeError(request, response, callback, 404);
      } catch (Throwable e) {
        callback.failed(e);
      }
    });
  }

  private static void refuseUpgrade(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    int slash = path == null ? -1 : path.indexOf('/', 1);
    Profile profile = slash < 0 ? null : Profiles.find(path.substring(1, slash));
    String messageKey = profile == null ? "msg" : profile.envelope().messageKey();
    response.setStatus(400);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(JsonErrorHandler.body(400,
        "The mock serves no WebSocket or other protocol upgrade; send plain HTTP/1.1 requests", messageKey)), callback);
  }

  /** A request whose body has already arrived whole: reading it never waits. */
  private static final class Buffered extends Request.Wrapper {
    private Content.Chunk chunk;

    Buffered(Request request, byte[] body) {
      super(request);
      this.chunk = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk next = chunk;
      chunk = Content.Chunk.EOF;
      return next;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
