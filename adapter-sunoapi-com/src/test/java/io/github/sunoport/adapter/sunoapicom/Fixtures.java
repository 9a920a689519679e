package io.github.sunoport.adapter.sunoapicom;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.port.SunoClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** Fixture files under {@code src/test/resources/sunoapi-com/}, test settings and small helpers. */
final class Fixtures {
  static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2.0, Duration.ofSeconds(1));

  private static final Moshi MOSHI =
      new Moshi.Builder().add(io.github.sunoport.adapter.support.TolerantText.ADAPTER).build();

  private Fixtures() {}

  /** The text of fixture {@code name}. */
  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/sunoapi-com/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 answer with fixture {@code name} as JSON body. */
  static MockResponse json(String name) {
    return json(200, name);
  }

  /** An answer of {@code status} with fixture {@code name} as JSON body. */
  static MockResponse json(int status, String name) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(text(name));
  }

  /** The settings every test uses, pointing at {@code baseUrl}. */
  static ProviderSettings settings(String baseUrl) {
    return ProviderSettings.builder().apiKey("test-key").baseUrl(baseUrl).retryPolicy(FAST_RETRIES).build();
  }

  /** A client for {@code baseUrl} whose retries do not sleep. */
  static SunoClient client(String baseUrl) {
    return SunoApiComProviderFactory.create(settings(baseUrl), duration -> { });
  }

  /** {@code value} as JSON. */
  static String toJson(Object value) {
    return MOSHI.adapter(Object.class).toJson(value);
  }

  /** The JSON body of {@code request} as a map. */
  static Map<String, Object> body(RecordedRequest request) {
    try {
      Map<String, Object> body = MOSHI.<Map<String, Object>>adapter(
          Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(request.getBody().readUtf8());
      if (body == null) {
        throw new AssertionError("the request body is JSON null");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
