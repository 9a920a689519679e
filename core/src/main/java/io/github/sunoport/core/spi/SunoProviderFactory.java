package io.github.sunoport.core.spi;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.util.Set;

/**
 * Creates clients for one provider. Adapters register an implementation in
 * {@code META-INF/services/io.github.sunoport.core.spi.SunoProviderFactory}; apps reach it through
 * {@link io.github.sunoport.core.SunoProviders}. Implementations need a public no-argument constructor.
 */
public interface SunoProviderFactory {
  /** The id apps open the provider by, such as {@code kie}. */
  ProviderId id();

  /** What clients of this provider can do. */
  Set<Capability> capabilities();

  /** The provider's real base URL, used when the settings name none. */
  URI defaultBaseUrl();

  /**
   * Returns a new client. Each holds its own connection pool.
   *
   * @throws io.github.sunoport.core.error.InvalidSettingsException if the settings do not suit this provider
   */
  SunoClient create(ProviderSettings settings);
}
