package io.github.sunoport.benchmarks;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/**
 * A loopback HTTP/1.1 server that answers every request with the same pre-built response (status line, headers and
 * JSON body in one write), so that a client benchmark measures the client, not the server. Keep-alive, one thread per
 * connection; GET requests only (it reads up to the blank line and ignores any body).
 *
 * <p>Not the JDK's {@code HttpServer}: it writes headers and body separately, and with Nagle's algorithm on the
 * client's delayed ACK adds about 40 ms to every call.
 */
final class FixedServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;

  private FixedServer(ServerSocket socket, byte[] body) {
    this.socket = socket;
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(US_ASCII);
    this.response = new byte[head.length + body.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(body, 0, response, head.length, body.length);
  }

  static FixedServer start(byte[] body) {
    try {
      FixedServer server = new FixedServer(new ServerSocket(0, 64, InetAddress.getLoopbackAddress()), body);
      daemon(server::acceptLoop, "bench-fixed-accept");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL with a trailing slash, e.g. {@code http://127.0.0.1:41234/kie/}. */
  String baseUrl(String prefix) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + prefix + "/";
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        daemon(() -> serve(connection), "bench-fixed-conn");
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
      byte[] buffer = new byte[8192];
      int matched = 0;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          // Count "\r\n\r\n": each complete request head gets one answer.
          byte b = buffer[i];
          matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
              ? matched + 1 : (b == '\r' ? 1 : 0);
          if (matched == 4) {
            out.write(response);
            matched = 0;
          }
        }
        out.flush();
      }
    } catch (SocketException closed) {
      // The client went away.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void daemon(Runnable body, String name) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
