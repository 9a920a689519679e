package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer on loopback with the settings a record-info client under test uses, plus fixture and request
 * helpers. Shared through this module's test-jar with the kie.ai and sunoapi.org modules.
 */
public final class ProviderHarness implements AutoCloseable {
  /** Three attempts, millisecond backoff, Retry-After honoured up to 5 s. */
  public static final RetryPolicy RETRIES =
      new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4), 2.0, Duration.ofSeconds(5));
  /** The callback URL the settings default to. */
  public static final URI DEFAULT_CALLBACK = URI.create("https://app.example/cb");

  private static final JsonAdapter<Map<String, Object>> JSON_OBJECT =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final MockWebServer mws = new MockWebServer();
  private final String prefix;

  /** Starts a server whose base URL for clients is {@code /prefix/}. */
  public ProviderHarness(String prefix) {
    this.prefix = prefix;
    try {
      mws.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server. */
  public MockWebServer server() {
    return mws;
  }

  /** The path prefix clients are configured with, such as {@code /kie/}. */
  public String prefix() {
    return "/" + prefix + "/";
  }

  /** Settings pointing at this server, with a test key, a default callback URL and fast retries. */
  public ProviderSettings.Builder settings() {
    return ProviderSettings.builder()
        .apiKey("test-key")
        .baseUrl(mws.url(prefix()).toString())
        .defaultCallbackUrl(DEFAULT_CALLBACK)
        .retryPolicy(RETRIES);
  }

  /** Queues an HTTP 200 answer with {@code body}. */
  public void answer(String body) {
    answer(200, body);
  }

  /** Queues an answer with {@code status} and {@code body}. */
  public void answer(int status, String body) {
    mws.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(body));
  }

  /** Queues the create answer {@code {"code":200,"msg":"success","data":{"taskId":id}}}. */
  public void answerTaskCreated(String taskId) {
    answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"" + taskId + "\"}}");
  }

  /** Takes the next request the server received. */
  public RecordedRequest take() {
    try {
      RecordedRequest request = mws.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      return Objects.requireNonNull(request, "no request arrived");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many requests the server received. */
  public int requestCount() {
    return mws.getRequestCount();
  }

  /** Parses a recorded request's JSON body into a map (numbers as Double). */
  public static Map<String, Object> jsonBody(RecordedRequest request) {
    try {
      return JSON_OBJECT.fromJson(request.getBody().clone().readUtf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a class-path resource as UTF-8. */
  public static String resource(String path) {
    try (InputStream in = ProviderHarness.class.getClassLoader().getResourceAsStream(path)) {
      Objects.requireNonNull(in, "no resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      mws.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
