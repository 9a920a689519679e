package io.github.sunoport.junit;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import java.net.URI;

/**
 * Opens a {@code SunoClient} against the mock. Kept apart from {@link MockServerExtension} so that core's classes
 * are only loaded when a test asks for a client: tests that inject just the server need no core on their class path.
 */
final class ClientOpener {
  static final String CLIENT_TYPE = "io.github.sunoport.core.port.SunoClient";

  private ClientOpener() {}

  static AutoCloseable open(String provider, String baseUrl, ExtensionOptions options) {
    ProviderSettings.Builder settings = ProviderSettings.builder()
        .apiKey(options.token() != null ? options.token() : "mock-junit-key")
        .baseUrl(baseUrl);
    if (options.webhookKey() != null) settings.webhookKey(options.webhookKey());
    if (options.callbackUrl() != null) settings.defaultCallbackUrl(URI.create(options.callbackUrl()));
    return SunoProviders.open(provider, settings.build());
  }
}
