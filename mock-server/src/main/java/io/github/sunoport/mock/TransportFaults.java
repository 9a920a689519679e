package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Faults that break the transport instead of answering in the provider's envelope, as a flaky network, a crashing
 * upstream or a broken proxy would. Usable wherever a named fault is ({@code X-Mock-Scenario}, queued and random
 * faults). {@code truncated-body} and {@code slow-body:<ms>} deliver the route's real answer (so a create call does
 * create its task); the others break the connection before the route runs.
 */
final class TransportFaults {
  static final List<String> NAMES = List.of("connection-reset", "empty-reply", "truncated-body", "malformed-chunk",
      "garbage", "slow-body:<ms>");
  static final String SLOW_BODY = "slow-body:";
  /** The longest dribble: a test wanting longer is better served by a read timeout it can see. */
  static final long MAX_SLOW_BODY_MILLIS = 60_000;
  /** What the dispatcher returns once the connection has been handled here; nothing more is written. */
  static final Reply HANDLED = new Reply(0, "", new byte[0], java.util.Map.of());
  private static final int SLOW_BODY_PIECES = 20;
  /** Marks a reply to be dribbled; never sent (a space cannot appear in a header name). */
  private static final String SLOW_MARK = "slow body millis";

  private TransportFaults() {}

  static boolean isTransport(String spec) {
    return spec != null && (NAMES.contains(spec) && !spec.startsWith(SLOW_BODY) || slowBodyMillis(spec) > 0);
  }

  /** True for the faults that deliver (part of) the route's real answer. */
  static boolean needsAnswer(String spec) {
    return spec.equals("truncated-body") || spec.startsWith(SLOW_BODY);
  }

  /** The dribble time of {@code slow-body:<ms>}, or -1 for anything else (including a time out of range). */
  static long slowBodyMillis(String spec) {
    if (spec == null || !spec.startsWith(SLOW_BODY) || !spec.substring(SLOW_BODY.length()).matches("\\d{1,9}")) return -1;
    long millis = Long.parseLong(spec.substring(SLOW_BODY.length()));
    return millis >= 1 && millis <= MAX_SLOW_BODY_MILLIS ? millis : -1;
  }

  /**
   * Breaks the connection as {@code spec} says and returns {@link #HANDLED}; for {@code slow-body}, returns the
   * answer marked for {@link #dribble}. {@code answer} is the route's reply where one is needed.
   */
  static Reply perform(Context ctx, String spec, Reply answer) {
    try {
      switch (spec) {
        case "connection-reset": reset(ctx); break;
        case "empty-reply": endPoint(ctx).close(); break;
        case "garbage": raw(ctx, garbage()); break;
        case "malformed-chunk": raw(ctx, malformedChunk()); break;
        case "truncated-body": truncated(ctx, answer); break;
        default: return answer.withHeader(SLOW_MARK, Long.toString(slowBodyMillis(spec)));
      }
    } catch (IOException clientGone) {
      // The client left first; the fault has nothing more to break.
    }
    return HANDLED;
  }

  private static EndPoint endPoint(Context ctx) {
    return ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
        .getEndPoint();
  }

  /** A close with SO_LINGER 0 sends RST instead of FIN: the client reads "connection reset by peer". */
  private static void reset(Context ctx) throws IOException {
    EndPoint endPoint = endPoint(ctx);
    if (endPoint.getTransport() instanceof SocketChannel) {
      ((SocketChannel) endPoint.getTransport()).setOption(StandardSocketOptions.SO_LINGER, 0);
    }
    endPoint.close();
  }

  /** Bytes straight onto the socket, past Jetty's HTTP writer, then close. */
  private static void raw(Context ctx, byte[] bytes) throws IOException {
    EndPoint endPoint = endPoint(ctx);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    // A few hundred bytes fit any socket buffer; the bound keeps a stalled client from spinning this thread.
    for (int tries = 0; buffer.hasRemaining() && tries < 100; tries++) endPoint.flush(buffer);
    endPoint.close();
  }

  /** Random bytes that do not start like an HTTP status line. */
  private static byte[] garbage() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] bytes = new byte[64 + random.nextInt(449)];
    random.nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    return bytes;
  }

  /** A valid status line and headers announcing chunks, then a chunk whose size line is not hexadecimal. */
  private static byte[] malformedChunk() {
    return ("HTTP/1.1 200 OK\r\nContent-Type: " + Reply.JSON + "\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "zz\r\n{\"code\":200,\"msg\":\"success\",\"data\":{\r\n").getBytes(US_ASCII);
  }

  /** The status, headers and the full Content-Length, then about half the body, then close. */
  private static void truncated(Context ctx, Reply answer) throws IOException {
    OutputStream out = start(ctx, answer);
    out.write(answer.body(), 0, Math.max(1, answer.body().length / 2));
    out.flush();
    ctx.res().flushBuffer();
    endPoint(ctx).close();
  }

  /** The dribble time a reply is marked with by {@code slow-body}, or 0. */
  static long slowMillis(Reply reply) {
    String mark = reply.headers().get(SLOW_MARK);
    return mark == null ? 0 : Long.parseLong(mark);
  }

  /**
   * Writes the status and headers at once, then the body in pieces spread evenly over {@code millis}, each piece from
   * a timer, so the dribble holds no thread while it waits. The future completes after the last piece.
   */
  static CompletableFuture<Void> dribble(Context ctx, Reply marked, long millis, ScheduledExecutorService timers) {
    Map<String, String> headers = new HashMap<>(marked.headers());
    headers.remove(SLOW_MARK);
    Reply answer = new Reply(marked.status(), marked.contentType(), marked.body(), headers);
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      OutputStream out = start(ctx, answer);
      ctx.res().flushBuffer();
      byte[] body = answer.body();
      int pieces = Math.max(1, Math.min(SLOW_BODY_PIECES, body.length));
      for (int i = 0; i < pieces; i++) {
        int from = (int) ((long) body.length * i / pieces);
        int to = (int) ((long) body.length * (i + 1) / pieces);
        boolean last = i == pieces - 1;
        timers.schedule(() -> {
          try {
            out.write(body, from, to - from);
            out.flush();
            if (last) done.complete(null);
          } catch (IOException clientGone) {
            done.complete(null);
          }
        }, millis * (i + 1) / pieces, TimeUnit.MILLISECONDS);
      }
    } catch (IOException clientGone) {
      done.complete(null);
    }
    return done;
  }

  private static OutputStream start(Context ctx, Reply answer) throws IOException {
    ctx.status(answer.status());
    ctx.contentType(answer.contentType());
    answer.headers().forEach(ctx::header);
    ctx.res().setContentLength(answer.body().length);
    return ctx.res().getOutputStream();
  }

}
