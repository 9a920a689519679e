package io.github.sunoport.adapter.recordinfo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A tiny callback receiver for tests: a JDK HttpServer on 127.0.0.1 that queues raw bodies and headers, answers 200. */
public final class CallbackReceiver implements AutoCloseable {
  /** One request as an app's HTTP server would hand it over. */
  public record Delivery(byte[] body, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

  private CallbackReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", exchange -> {
      deliveries.add(new Delivery(exchange.getRequestBody().readAllBytes(), Map.copyOf(exchange.getRequestHeaders())));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  /** Starts a receiver on a free port. */
  public static CallbackReceiver start() {
    return new CallbackReceiver();
  }

  /** The URL to pass as callback URL. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
  }

  /** The next delivery in arrival order, waiting up to 20 s. */
  public Delivery next() {
    try {
      Delivery next = deliveries.poll(20, TimeUnit.SECONDS);
      if (next == null) {
        throw new AssertionError("no callback arrived within 20 s");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next {@code n} deliveries in arrival order. */
  public List<Delivery> next(int n) {
    List<Delivery> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
