package io.github.sunoport.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** A loopback endpoint for provider callbacks, so the demo has a callback URL to give kie.ai and sunoapi.org. */
final class CallbackReceiver implements AutoCloseable {
  private static final int MAX_BODY = 1024 * 1024;

  private final HttpServer server;

  private CallbackReceiver(HttpServer server) {
    this.server = server;
  }

  static CallbackReceiver start(PrintStream out) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/callback", exchange -> {
        try (InputStream body = exchange.getRequestBody()) {
          int size = body.readNBytes(MAX_BODY).length;
          out.println("  callback received (" + size + " bytes)");
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
      });
      server.start();
      return new CallbackReceiver(server);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the callback receiver", e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
