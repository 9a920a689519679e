package io.github.sunoport.adapter.support;

import io.github.sunoport.core.config.ProviderSettings;
import okhttp3.OkHttpClient;

/** Starts the OkHttp client of a transport from the app's customizer, proxy and TLS settings. */
final class OkHttpClients {
  private OkHttpClients() {}

  /** The customizer the settings carry, or one building a client of the adapter's own. */
  static OkHttpCustomizer customizer(ProviderSettings settings) {
    return settings.extension(OkHttpCustomizer.class).orElseGet(OkHttpCustomizer::ownClient);
  }

  /** A builder with the app's client and interceptors, then the settings' proxy and TLS, which win over the app's. */
  static OkHttpClient.Builder builder(ProviderSettings settings) {
    OkHttpClient.Builder builder = customizer(settings).newBuilder();
    settings.proxySelector().ifPresent(builder::proxySelector);
    settings.tls().ifPresent(tls -> builder.sslSocketFactory(tls.sslContext().getSocketFactory(), tls.trustManager()));
    return builder;
  }
}
