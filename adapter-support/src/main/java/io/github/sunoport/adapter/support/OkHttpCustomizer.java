package io.github.sunoport.adapter.support;

import java.util.List;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Fits the adapters' OkHttp client into an app's HTTP setup: start from the app's own {@link OkHttpClient} (sharing
 * its connection pool and dispatcher) and add interceptors. Passed through the settings without core knowing OkHttp:
 *
 * <pre>{@code
 * ProviderSettings settings = ProviderSettings.builder().apiKey(key)
 *     .extension(OkHttpCustomizer.class, OkHttpCustomizer.sharing(appClient).withInterceptors(tracing))
 *     .build();
 * }</pre>
 *
 * <p>What sunoport relies on is set after the customizer ran and wins over it: the timeouts of the settings, no
 * redirects followed, no silent re-send of a request, and the {@code Authorization} header, which is added after the
 * app's interceptors so that they never see the API key. A client built on an app's client leaves that client's pool
 * and dispatcher running when closed; they are the app's to shut down.
 */
public final class OkHttpCustomizer {
  private final OkHttpClient base;
  private final List<Interceptor> interceptors;

  private OkHttpCustomizer(OkHttpClient base, List<Interceptor> interceptors) {
    this.base = base;
    this.interceptors = interceptors;
  }

  /** Builds on a fresh client of the adapter's own (the default). */
  public static OkHttpCustomizer ownClient() {
    return new OkHttpCustomizer(null, List.of());
  }

  /** Builds on {@code appClient}: its connection pool, dispatcher, interceptors, proxy and TLS setup are shared. */
  public static OkHttpCustomizer sharing(OkHttpClient appClient) {
    return new OkHttpCustomizer(Objects.requireNonNull(appClient, "appClient == null"), List.of());
  }

  /** Returns a copy that also adds {@code interceptors}, in order, as application interceptors. */
  public OkHttpCustomizer withInterceptors(Interceptor... interceptors) {
    List<Interceptor> all = new java.util.ArrayList<>(this.interceptors);
    for (Interceptor interceptor : interceptors) {
      all.add(Objects.requireNonNull(interceptor, "interceptor == null"));
    }
    return new OkHttpCustomizer(base, List.copyOf(all));
  }

  /** Whether the client is built on an app's client, whose resources the adapter must not release. */
  boolean sharesAppClient() {
    return base != null;
  }

  /** The builder to add sunoport's own settings to. */
  OkHttpClient.Builder newBuilder() {
    OkHttpClient.Builder builder = base == null ? new OkHttpClient.Builder() : base.newBuilder();
    interceptors.forEach(builder::addInterceptor);
    return builder;
  }

  @Override
  public String toString() {
    return "OkHttpCustomizer{" + (base == null ? "own client" : "app client") + ", " + interceptors.size()
        + " interceptor(s)}";
  }
}
