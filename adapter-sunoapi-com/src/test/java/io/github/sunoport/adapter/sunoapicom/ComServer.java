package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.core.port.SunoClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer standing in for sunoapi.com under the prefix {@code /sunoapi-com/}, with a client pointed at it;
 * both are fresh for each test. Register with {@code @RegisterExtension}.
 */
final class ComServer implements BeforeEachCallback, AfterEachCallback {
  private MockWebServer server;
  private SunoClient client;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start();
    client = Fixtures.client(server.url("/sunoapi-com/").toString());
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    client.close();
    server.shutdown();
  }

  /** The client under test. */
  SunoClient client() {
    return client;
  }

  /** The base URL the client uses. */
  String baseUrl() {
    return server.url("/sunoapi-com/").toString();
  }

  /** Queues {@code answers}, served in order. */
  void answer(MockResponse... answers) {
    for (MockResponse answer : answers) {
      server.enqueue(answer);
    }
  }

  /** How many requests arrived. */
  int requestCount() {
    return server.getRequestCount();
  }

  /** The next request received; fails if none arrives within five seconds. */
  RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request was sent");
    }
    return request;
  }
}
