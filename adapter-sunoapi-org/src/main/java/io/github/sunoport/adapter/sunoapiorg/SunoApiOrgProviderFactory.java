package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.RecordInfoClient;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.net.URI;
import java.util.Set;

/**
 * Opens sunoapi.org clients; found by {@link java.util.ServiceLoader} under the id {@code sunoapi-org}. sunoapi.org requires a callback
 * URL on every submit: set one on the request or as {@link ProviderSettings#defaultCallbackUrl()}.
 */
public final class SunoApiOrgProviderFactory implements SunoProviderFactory {
  private static final SunoApiOrgDialect DIALECT = new SunoApiOrgDialect();

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public SunoApiOrgProviderFactory() {}

  @Override
  public ProviderId id() {
    return DIALECT.id();
  }

  @Override
  public Set<Capability> capabilities() {
    return RecordInfoClient.CAPABILITIES;
  }

  @Override
  public URI defaultBaseUrl() {
    return DIALECT.defaultBaseUrl();
  }

  @Override
  public SunoClient create(ProviderSettings settings) {
    return RecordInfoClient.open(DIALECT, settings);
  }
}
