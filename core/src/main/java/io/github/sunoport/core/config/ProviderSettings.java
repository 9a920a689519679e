package io.github.sunoport.core.config;

import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.observe.SunoListener;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * How to reach one provider. Built with {@link #builder()} or read from configuration with {@link #fromMap}; wrong
 * values fail when built, with an {@link InvalidSettingsException} naming the setting. {@link #toString()} never
 * shows the API key or the webhook key.
 */
public final class ProviderSettings {
  private final ApiKey apiKey;
  private final URI baseUrl;
  private final URI uploadBaseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final Duration operationTimeout;
  private final RetryPolicy retryPolicy;
  private final URI defaultCallbackUrl;
  private final String userAgent;
  private final boolean allowInsecureHttp;
  private final ApiKey webhookKey;
  private final Duration webhookTolerance;
  private final Network network;

  private ProviderSettings(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUrl = b.baseUrl;
    this.uploadBaseUrl = b.uploadBaseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.operationTimeout = b.operationTimeout;
    this.retryPolicy = b.retryPolicy;
    this.defaultCallbackUrl = b.defaultCallbackUrl;
    this.userAgent = b.userAgent;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.webhookKey = b.webhookKey;
    this.webhookTolerance = b.webhookTolerance;
    this.network = b.network;
  }

  /**
   * Returns a builder with the defaults: 10 s connect, 30 s read, 60 s call timeout, 60 s operation timeout, default
   * retries, no webhook key, 5 minutes webhook tolerance.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads settings from string configuration, such as a properties file or environment variables: {@code api-key}
   * (required), {@code base-url}, {@code connect-timeout}, {@code read-timeout}, {@code call-timeout},
   * {@code operation-timeout} (ISO-8601 such as {@code PT30S}, or whole seconds), {@code callback-url},
   * {@code user-agent}, {@code allow-insecure-http} ({@code true}/{@code false}), {@code webhook-key},
   * {@code webhook-tolerance} (a duration like the timeouts), {@code upload-base-url}, and the read retry policy:
   * {@code retry-max-attempts}, {@code retry-initial-backoff}, {@code retry-max-backoff}, {@code retry-multiplier},
   * {@code retry-max-retry-after} (each unset one keeps {@link RetryPolicy#defaults()}). The proxy, TLS, listener and
   * extensions are objects and are set through the builder only.
   * Each key is looked up as {@code prefix + key} and in environment-variable spelling
   * ({@code SUNOPORT_API_KEY} for prefix {@code SUNOPORT_} and key {@code api-key}); unknown keys are ignored.
   *
   * @throws InvalidSettingsException naming the first value that is missing or wrong
   */
  public static ProviderSettings fromMap(Map<String, String> config, String prefix) {
    return SettingsFromConfig.read(config, prefix);
  }

  /** The API key. */
  public ApiKey apiKey() {
    return apiKey;
  }

  /** The base URL to use instead of the provider's own, such as a mock server's. */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /**
   * The base URL of the provider's upload host to use instead of its own, such as a mock server's. Upload hosts
   * differ from API hosts, so {@link #baseUrl()} does not move uploads.
   */
  public Optional<URI> uploadBaseUrl() {
    return Optional.ofNullable(uploadBaseUrl);
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for the next bytes of an answer. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How long one whole call may take, including redirects but not retries. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * How long one operation may take in all: every attempt of a read with the waits between them, or a submit's single
   * attempt; 60 s by default. When it passes, the operation ends with a
   * {@link io.github.sunoport.core.error.ProviderTimeoutException} (or, when a retry's wait would pass it, the error
   * that wait was for), however many attempts the {@link #retryPolicy()} still allows. A provider that accepts the
   * connection and never answers, or trickles its answer a byte at a time, holds a call no longer than this.
   */
  public Duration operationTimeout() {
    return operationTimeout;
  }

  /** How reads are retried. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The callback URL used when a request names none. */
  public Optional<URI> defaultCallbackUrl() {
    return Optional.ofNullable(defaultCallbackUrl);
  }

  /** The {@code User-Agent} header sent. */
  public String userAgent() {
    return userAgent;
  }

  /** Whether plain http is allowed to hosts other than loopback. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * The key that verifies signed callbacks (the provider's webhook HMAC key), when set. With a key, a provider that
   * signs callbacks has every unsigned or wrongly signed one rejected; without one, nothing is verified.
   */
  public Optional<ApiKey> webhookKey() {
    return Optional.ofNullable(webhookKey);
  }

  /**
   * How far a signed callback's timestamp may lie from now, in the past or the future, before it is rejected as
   * replayed; 5 minutes by default.
   */
  public Duration webhookTolerance() {
    return webhookTolerance;
  }

  /** The proxy selector to route calls through; empty to use the HTTP client's default (no proxy). */
  public Optional<ProxySelector> proxySelector() {
    return Optional.ofNullable(network.proxySelector());
  }

  /** The TLS setup (context and the trust manager it was built with); empty for the JVM's default trust. */
  public Optional<Tls> tls() {
    return Optional.ofNullable(network.tls());
  }

  /** The listener told of every HTTP exchange and retry; {@link SunoListener#none()} by default. */
  public SunoListener listener() {
    return network.listener();
  }

  /**
   * An addition for one kind of adapter that core does not know, such as the OkHttp adapters'
   * {@code io.github.sunoport.adapter.support.OkHttpCustomizer}, looked up by its type.
   */
  public <T> Optional<T> extension(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    return Optional.ofNullable(network.extensions().get(type)).map(type::cast);
  }

  /** Returns a builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.baseUrl = baseUrl;
    b.uploadBaseUrl = uploadBaseUrl;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.operationTimeout = operationTimeout;
    b.retryPolicy = retryPolicy;
    b.defaultCallbackUrl = defaultCallbackUrl;
    b.userAgent = userAgent;
    b.allowInsecureHttp = allowInsecureHttp;
    b.webhookKey = webhookKey;
    b.webhookTolerance = webhookTolerance;
    b.network = network;
    return b;
  }

  /** Lists every setting; the API key and a webhook key show as {@code ****}. */
  @Override
  public String toString() {
    return "ProviderSettings{apiKey=****, baseUrl=" + safe(baseUrl)
        + (uploadBaseUrl == null ? "" : ", uploadBaseUrl=" + safe(uploadBaseUrl)) + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
        + ", operationTimeout=" + operationTimeout + ", retryPolicy=" + retryPolicy
        + ", defaultCallbackUrl=" + safe(defaultCallbackUrl) + ", userAgent=" + userAgent
        + ", allowInsecureHttp=" + allowInsecureHttp + ", webhookKey=" + (webhookKey == null ? "none" : "****")
        + ", webhookTolerance=" + webhookTolerance + network + "}";
  }

  private static void checkBaseUrl(URI url, boolean allowInsecureHttp, String setting) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new InvalidSettingsException(setting, "must be an absolute http or https URL with a host: " + safe(url));
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
      throw new InvalidSettingsException(setting, "must not carry a query, fragment or user info: " + safe(url));
    }
    if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(url.getHost())) {
      throw new InvalidSettingsException(setting,
          "plain http to a non-loopback host would send the API key unencrypted; use https or allowInsecureHttp(true): "
              + safe(url));
    }
  }

  /**
   * A URL as it may appear in messages and {@code toString()}: without user info, query and fragment, where apps
   * sometimes put a key or a callback token.
   */
  private static String safe(URI url) {
    if (url == null) {
      return "null";
    }
    String host = url.getHost() == null ? "" : url.getHost();
    return (url.getScheme() == null ? "" : url.getScheme() + "://") + host
        + (url.getPort() < 0 ? "" : ":" + url.getPort()) + (url.getRawPath() == null ? "" : url.getRawPath())
        + (url.getRawUserInfo() == null && url.getRawQuery() == null && url.getRawFragment() == null ? "" : " (redacted)");
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses are judged here, so no name is ever resolved over the network.
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static URI uri(String setting, String value) {
    try {
      return new URI(value.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidSettingsException(setting, "is not a URL: " + e.getMessage());
    }
  }

  /** Builds {@link ProviderSettings}; {@link #build()} validates. */
  public static final class Builder {
    private ApiKey apiKey;
    private String rawApiKey;
    private URI baseUrl;
    private URI uploadBaseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private Duration operationTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private URI defaultCallbackUrl;
    private String userAgent = "sunoport";
    private boolean allowInsecureHttp;
    private ApiKey webhookKey;
    private String rawWebhookKey;
    private Duration webhookTolerance = Duration.ofMinutes(5);
    private Network network = Network.DEFAULT;

    private Builder() {}

    /** Routes calls through {@code proxySelector}; null restores the default (no proxy). */
    public Builder proxySelector(ProxySelector proxySelector) {
      this.network = network.withProxySelector(proxySelector);
      return this;
    }

    /**
     * Uses {@code sslContext} for TLS, with the trust manager it was initialised with (the HTTP client needs both, to
     * check certificate chains itself); for a private CA or client certificates. Null for both restores the default.
     *
     * @throws InvalidSettingsException naming {@code tls} if only one of the two is given
     */
    public Builder tls(SSLContext sslContext, X509TrustManager trustManager) {
      if ((sslContext == null) != (trustManager == null)) {
        throw new InvalidSettingsException("tls", "needs both the SSLContext and its X509TrustManager, or neither");
      }
      this.network = network.withTls(sslContext == null ? null : new Tls(sslContext, trustManager));
      return this;
    }

    /** Sets the listener told of every HTTP exchange and retry, for metrics and tracing. */
    public Builder listener(SunoListener listener) {
      this.network = network.withListener(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /** Adds an addition for one kind of adapter, such as an {@code OkHttpCustomizer}; null removes it. */
    public <T> Builder extension(Class<T> type, T value) {
      Objects.requireNonNull(type, "type == null");
      this.network = network.withExtension(type, value);
      return this;
    }

    /** Sets the API key (required). */
    public Builder apiKey(String apiKey) {
      this.rawApiKey = apiKey;
      this.apiKey = null;
      return this;
    }

    /** Sets the API key (required). */
    public Builder apiKey(ApiKey apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
      this.rawApiKey = null;
      return this;
    }

    /** Sets a base URL to use instead of the provider's; it may carry a path prefix such as {@code /mock/}. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the upload host's base URL to use instead of the provider's own. */
    public Builder uploadBaseUrl(URI uploadBaseUrl) {
      this.uploadBaseUrl = uploadBaseUrl;
      return this;
    }

    /** Sets the base URL from text. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl == null ? null : uri("baseUrl", baseUrl);
      return this;
    }

    /** Sets the connect timeout. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Sets the read timeout. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /** Sets the timeout for one whole call. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * Sets how long one operation may take in all, attempts and the waits between them together (default 60 s, at
     * most a day).
     */
    public Builder operationTimeout(Duration operationTimeout) {
      this.operationTimeout = operationTimeout;
      return this;
    }

    /** Sets how reads are retried. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** Sets the callback URL used when a request names none. */
    public Builder defaultCallbackUrl(URI defaultCallbackUrl) {
      this.defaultCallbackUrl = defaultCallbackUrl;
      return this;
    }

    /** Sets the {@code User-Agent} header. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** Allows plain http to non-loopback hosts, which sends the API key unencrypted. Off by default. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** Sets the key that verifies signed callbacks; null removes it. Checked like an API key when built. */
    public Builder webhookKey(String webhookKey) {
      this.rawWebhookKey = webhookKey;
      this.webhookKey = null;
      return this;
    }

    /** Sets the key that verifies signed callbacks; null removes it. */
    public Builder webhookKey(ApiKey webhookKey) {
      this.webhookKey = webhookKey;
      this.rawWebhookKey = null;
      return this;
    }

    /** Sets how far a signed callback's timestamp may lie from now (default 5 minutes); must be positive. */
    public Builder webhookTolerance(Duration webhookTolerance) {
      this.webhookTolerance = webhookTolerance;
      return this;
    }

    /**
     * Returns the settings.
     *
     * @throws InvalidSettingsException naming the first setting that is missing or wrong
     */
    public ProviderSettings build() {
      if (apiKey == null) {
        apiKey = ApiKey.of(rawApiKey);
      }
      if (baseUrl != null) {
        checkBaseUrl(baseUrl, allowInsecureHttp, "baseUrl");
      }
      if (uploadBaseUrl != null) {
        checkBaseUrl(uploadBaseUrl, allowInsecureHttp, "uploadBaseUrl");
      }
      positive(connectTimeout, "connectTimeout");
      positive(readTimeout, "readTimeout");
      positive(callTimeout, "callTimeout");
      positive(operationTimeout, "operationTimeout");
      if (operationTimeout.compareTo(Duration.ofDays(1)) > 0) {
        throw new InvalidSettingsException("operationTimeout", "must be at most a day, was " + operationTimeout);
      }
      positive(webhookTolerance, "webhookTolerance");
      if (rawWebhookKey != null) {
        webhookKey = ApiKey.of(rawWebhookKey, "webhookKey");
        rawWebhookKey = null;
      }
      if (retryPolicy == null) {
        throw new InvalidSettingsException("retryPolicy", "is missing");
      }
      if (defaultCallbackUrl != null) {
        String scheme = String.valueOf(defaultCallbackUrl.getScheme()).toLowerCase(Locale.ROOT);
        if (!defaultCallbackUrl.isAbsolute() || defaultCallbackUrl.getHost() == null
            || !(scheme.equals("http") || scheme.equals("https"))) {
          throw new InvalidSettingsException("defaultCallbackUrl",
              "must be an absolute http or https URL with a host: " + safe(defaultCallbackUrl));
        }
      }
      if (userAgent == null || userAgent.isBlank() || userAgent.length() > 200
          || !userAgent.chars().allMatch(c -> c >= ' ' && c <= '~')) {
        throw new InvalidSettingsException("userAgent", "must be 1 to 200 visible ASCII characters");
      }
      return new ProviderSettings(this);
    }

    private static void positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new InvalidSettingsException(name, "must be a positive duration, was " + d);
      }
    }
  }
}
