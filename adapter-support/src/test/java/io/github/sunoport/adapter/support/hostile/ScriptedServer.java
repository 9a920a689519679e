package io.github.sunoport.adapter.support.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A MockWebServer that answers every request with the current script and remembers only the last request, so one
 * server serves thousands of cases without queues to drain.
 */
final class ScriptedServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Supplier<MockResponse> script = () -> new MockResponse().setResponseCode(404);
  private volatile SocketPolicy policy = SocketPolicy.KEEP_OPEN;
  private volatile RecordedRequest last;

  ScriptedServer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        last = request;
        requests.incrementAndGet();
        return script.get();
      }

      /** MockWebServer reads the socket policy from here before it reads a request (DISCONNECT_AT_START). */
      @Override
      public MockResponse peek() {
        return new MockResponse().setSocketPolicy(policy);
      }
    });
    // Without TCP_NODELAY every answer waits ~40 ms for the client's delayed ACK between headers and body.
    server.setServerSocketFactory(new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        throw new UnsupportedOperationException();
      }
    });
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  ScriptedServer start() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Answers every following request with a fresh answer from {@code answer}. */
  void answerWith(Supplier<MockResponse> answer) {
    this.policy = answer.get().getSocketPolicy();
    this.script = answer;
  }

  String url(String path) {
    return server.url(path).toString();
  }

  int requestCount() {
    return requests.get();
  }

  RecordedRequest last() {
    return last;
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
