package io.github.sunoport.core;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.UnknownProviderException;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Opens providers by id at runtime, from the adapters found on the class path:
 *
 * <pre>{@code
 * try (SunoClient client = SunoProviders.open("kie", ProviderSettings.builder().apiKey(key).build())) {
 *   TaskId id = client.lyrics().submit("a song about rain");
 * }
 * }</pre>
 */
public final class SunoProviders {
  private SunoProviders() {}

  /**
   * Opens a client for provider {@code id} with {@code settings}.
   *
   * @throws UnknownProviderException if no adapter on the class path has that id; the message lists those that do
   * @throws io.github.sunoport.core.error.InvalidSettingsException if the settings do not suit the provider
   */
  public static SunoClient open(String id, ProviderSettings settings) {
    Objects.requireNonNull(settings, "settings == null");
    return factory(id).create(settings);
  }

  /** Returns the factory of provider {@code id}; throws {@link UnknownProviderException} listing those found. */
  public static SunoProviderFactory factory(String id) {
    Objects.requireNonNull(id, "id == null");
    Map<String, SunoProviderFactory> factories = load(Thread.currentThread().getContextClassLoader());
    SunoProviderFactory factory = factories.get(id);
    if (factory == null) {
      throw new UnknownProviderException("no provider '" + id + "' on the class path; available: "
          + (factories.isEmpty() ? "none (add an adapter such as sunoport-adapter-kie)" : factories.keySet()),
          ErrorDetails.none());
    }
    return factory;
  }

  /** The ids of the providers on the class path, sorted. */
  public static Set<String> available() {
    return load(Thread.currentThread().getContextClassLoader()).keySet();
  }

  private static Map<String, SunoProviderFactory> load(ClassLoader loader) {
    Map<String, SunoProviderFactory> byId = new TreeMap<>();
    try {
      for (SunoProviderFactory factory : ServiceLoader.load(SunoProviderFactory.class, loader)) {
        ProviderId id = factory.id();
        SunoProviderFactory previous = byId.putIfAbsent(id.value(), factory);
        if (previous != null) {
          throw new IllegalStateException("two adapters on the class path claim provider id '" + id + "': "
              + previous.getClass().getName() + " and " + factory.getClass().getName());
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a provider adapter on the class path could not be loaded: " + e.getMessage(), e);
    }
    return java.util.Collections.unmodifiableMap(byId);
  }
}
