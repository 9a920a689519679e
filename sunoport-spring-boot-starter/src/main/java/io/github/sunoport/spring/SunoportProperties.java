package io.github.sunoport.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sunoport.*} properties. Each provider's values are checked when the context starts, by the same rules as
 * {@code ProviderSettings.fromMap}; a wrong or missing one fails the start naming it, such as
 * {@code sunoport.providers.kie.api-key}.
 */
@ConfigurationProperties("sunoport")
public class SunoportProperties {
  /** The provider to use: kie, kie-market, sunoapi-org or sunoapi-com. Optional when exactly one provider is configured. */
  private String provider;

  /** Providers to fail over between, most preferred first; each needs an entry under sunoport.providers. */
  private List<String> failoverOrder = new ArrayList<>();

  /** Settings per provider id. */
  private Map<String, Provider> providers = new LinkedHashMap<>();

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public List<String> getFailoverOrder() {
    return failoverOrder;
  }

  public void setFailoverOrder(List<String> failoverOrder) {
    this.failoverOrder = failoverOrder;
  }

  public Map<String, Provider> getProviders() {
    return providers;
  }

  public void setProviders(Map<String, Provider> providers) {
    this.providers = providers;
  }

  /** How to reach one provider; unset values keep the library's defaults. */
  public static class Provider {
    /** The provider's API key (required). Never logged. */
    private String apiKey;

    /** A base URL instead of the provider's own, such as a mock server's. */
    private String baseUrl;

    /** How long to wait for a connection (default 10s). */
    private Duration connectTimeout;

    /** How long to wait for the next bytes of an answer (default 30s). */
    private Duration readTimeout;

    /** How long one whole call may take, retries not included (default 60s). */
    private Duration callTimeout;

    /** The callback URL sent when a request names none; kie.ai and sunoapi.org require one. */
    private String callbackUrl;

    /** The key verifying signed callbacks (kie.ai's webhookHmacKey). Never logged. */
    private String webhookKey;

    /** Attempts in all for reads, including the first (default 3; 1 means no retry). */
    private Integer retryMaxAttempts;

    /** Whether plain http to a host other than loopback is allowed (default false). */
    private Boolean allowInsecureHttp;

    public String getApiKey() {
      return apiKey;
    }

    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    public String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public Duration getCallTimeout() {
      return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    public String getCallbackUrl() {
      return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl;
    }

    public String getWebhookKey() {
      return webhookKey;
    }

    public void setWebhookKey(String webhookKey) {
      this.webhookKey = webhookKey;
    }

    public Integer getRetryMaxAttempts() {
      return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(Integer retryMaxAttempts) {
      this.retryMaxAttempts = retryMaxAttempts;
    }

    public Boolean getAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    /** Never shows the keys. */
    @Override
    public String toString() {
      return "Provider{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****") + "}";
    }
  }
}
