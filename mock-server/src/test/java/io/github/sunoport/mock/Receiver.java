package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A callback receiver on 127.0.0.1 (JDK HttpServer) that answers a fixed status, or never answers. */
final class Receiver implements AutoCloseable {
  /** One request received. */
  record Received(String body, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final CountDownLatch release = new CountDownLatch(1);

  private Receiver(int status, boolean hang) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), UTF_8),
          Map.copyOf(exchange.getRequestHeaders())));
      if (hang) {
        await(release);
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  static Receiver answering(int status) {
    return new Receiver(status, false);
  }

  /** A receiver that reads the request and then never answers until closed. */
  static Receiver hanging() {
    return new Receiver(200, true);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
  }

  /** The next request, waiting up to 20 s; fails the test when none comes. */
  Received next() {
    try {
      Received next = received.poll(20, TimeUnit.SECONDS);
      if (next == null) throw new AssertionError("no callback arrived within 20 s");
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Takes {@code n} requests in arrival order. */
  List<Received> next(int n) {
    List<Received> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(next());
    return out;
  }

  /** Whatever else arrives within {@code wait}; for asserting that nothing more came. */
  List<Received> drain(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Received> out = new ArrayList<>();
    received.drainTo(out);
    return out;
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
