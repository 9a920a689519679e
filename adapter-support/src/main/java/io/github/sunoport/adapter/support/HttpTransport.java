package io.github.sunoport.adapter.support;

import com.squareup.moshi.Moshi;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.model.ProviderId;
import java.net.URI;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * One client's connection to one provider: an OkHttp client (one connection pool) with the API key, user agent and
 * timeouts, and a Retrofit on the base URL. Thread-safe; {@link #close()} releases the pool.
 *
 * <p>Redirects are not followed: no provider API redirects, and following one could carry the API key to another
 * host. A redirect is answered with a {@link io.github.sunoport.core.error.ProtocolException}.
 */
public final class HttpTransport implements AutoCloseable {
  private final ProviderId provider;
  private final OkHttpClient http;
  private final Retrofit retrofit;
  private final Exchange exchange;
  private final boolean ownsClient;

  private HttpTransport(ProviderId provider, ProviderSettings settings, URI defaultBaseUrl, Moshi moshi,
      Sleeper sleeper) {
    this.provider = provider;
    // The settings have checked a base URL they carry; an adapter's own default gets the same rule for plain http,
    // since the API key travels with every request.
    URI base = settings.baseUrl().orElseGet(() -> checkDefault(defaultBaseUrl, settings));
    HttpUrl baseUrl = normalize(base);
    String authorization = "Bearer " + settings.apiKey().reveal();
    String userAgent = settings.userAgent();
    this.ownsClient = !OkHttpClients.customizer(settings).sharesAppClient();
    this.http = OkHttpClients.builder(settings)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        // OkHttp would silently re-send a POST whose pooled connection dropped after the request went out; a create
        // sent twice spends credits twice. Reads are retried by Exchange instead.
        .retryOnConnectionFailure(false)
        // One interceptor, not one per concern: each one a call passes through costs it a chain object.
        .addInterceptor(chain -> UndecodableBody.marked(chain.proceed(chain.request().newBuilder()
            .header("Authorization", authorization)
            .header("User-Agent", userAgent)
            .header("Accept", "application/json")
            .build())))
        .build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build();
    this.exchange = new Exchange(provider, settings.retryPolicy(), sleeper, settings.callTimeout(),
        settings.operationTimeout(), System::nanoTime, ExchangeEvents.of(provider, settings));
  }

  /**
   * Opens a transport to {@code provider} at the settings' base URL, or {@code defaultBaseUrl} when they name none.
   *
   * @throws InvalidSettingsException if the base URL is not acceptable
   */
  public static HttpTransport open(ProviderId provider, ProviderSettings settings, URI defaultBaseUrl, Moshi moshi) {
    return open(provider, settings, defaultBaseUrl, moshi, Sleeper.system());
  }

  /** Opens a transport whose read retries wait with {@code sleeper}; for tests. */
  public static HttpTransport open(
      ProviderId provider, ProviderSettings settings, URI defaultBaseUrl, Moshi moshi, Sleeper sleeper) {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl == null");
    Objects.requireNonNull(moshi, "moshi == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    return new HttpTransport(provider, settings, defaultBaseUrl, moshi, sleeper);
  }

  /** Returns the Retrofit implementation of {@code service}. */
  public <S> S service(Class<S> service) {
    return retrofit.create(service);
  }

  /** Sends calls and reads their answers. */
  public Exchange exchange() {
    return exchange;
  }

  /** The provider this transport talks to. */
  public ProviderId provider() {
    return provider;
  }

  /** The base URL, always ending in {@code /}. */
  public HttpUrl baseUrl() {
    return retrofit.baseUrl();
  }

  /** Closes idle connections and stops the client's threads, unless they belong to an app's own client. */
  @Override
  public void close() {
    if (!ownsClient) {
      return;
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static URI checkDefault(URI url, ProviderSettings settings) {
    String host = url.getHost();
    boolean https = "https".equalsIgnoreCase(url.getScheme());
    boolean loopback = host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    if (host == null || !(https || "http".equalsIgnoreCase(url.getScheme()))) {
      throw new InvalidSettingsException("baseUrl", "the default base URL is not an http(s) URL with a host");
    }
    if (!https && !loopback && !settings.allowInsecureHttp()) {
      throw new InvalidSettingsException("baseUrl", "plain http to a non-loopback host would send the API key "
          + "unencrypted; use https or allowInsecureHttp(true): http://" + host);
    }
    return url;
  }

  /** Ensures the URL ends in {@code /}, so that relative service paths keep a prefix such as {@code /kie/}. */
  static HttpUrl normalize(URI base) {
    HttpUrl url = HttpUrl.get(base.toString());
    if (url.encodedPath().endsWith("/")) {
      return url;
    }
    return url.newBuilder().encodedPath(url.encodedPath() + "/").build();
  }

  @Override
  public String toString() {
    return "HttpTransport{" + provider + " at " + retrofit.baseUrl() + "}";
  }

}
