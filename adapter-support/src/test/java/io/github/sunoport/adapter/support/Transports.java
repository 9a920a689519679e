package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;

/** Settings, transports and readers shared by this module's tests. */
final class Transports {
  static final ProviderId PROVIDER = ProviderId.of("kie");
  static final String KEY = "test-key";
  static final RetryPolicy RETRIES =
      new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4), 2.0, Duration.ofSeconds(5));
  static final Moshi MOSHI = new Moshi.Builder().build();
  static final JsonAdapter<TestEnvelope> ENVELOPE = MOSHI.adapter(TestEnvelope.class);
  /** A table that knows only a few codes, like a provider's. */
  static final ErrorTable TABLE = (code, message) -> Optional.ofNullable(Map.of(
      401, ErrorKind.AUTHENTICATION,
      402, ErrorKind.INSUFFICIENT_CREDITS,
      429, ErrorKind.RATE_LIMITED,
      455, ErrorKind.MAINTENANCE,
      500, ErrorKind.SERVER_ERROR).get(code));

  private Transports() {}

  static ProviderSettings.Builder settings(MockWebServer mws) {
    return ProviderSettings.builder()
        .apiKey(KEY)
        .baseUrl(mws.url("/kie/").toString())
        .defaultCallbackUrl(URI.create("https://app.example/cb"))
        .retryPolicy(RETRIES);
  }

  static HttpTransport open(ProviderSettings settings, Sleeper sleeper) {
    return HttpTransport.open(PROVIDER, settings, URI.create("https://api.example/"), MOSHI, sleeper);
  }

  /** {@link #dataOf} as the mapper an exchange takes. */
  static final AnswerMapper<Object, String> DATA = (context, answer) -> dataOf(answer);

  /** Reads an answer as the family's envelope and returns its {@code data} as text. */
  static String dataOf(Answer answer) {
    return String.valueOf(Envelopes.open(answer, ENVELOPE, TABLE, PROVIDER).data());
  }
}
