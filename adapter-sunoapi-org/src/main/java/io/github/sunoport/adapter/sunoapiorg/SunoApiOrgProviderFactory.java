package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.RecordInfoProviderFactory;

/**
 * Opens sunoapi.org clients; found by {@link java.util.ServiceLoader} under the id {@code sunoapi-org}. sunoapi.org
 * requires a callback URL on every submit: set one on the request or as
 * {@link io.github.sunoport.core.config.ProviderSettings#defaultCallbackUrl()}.
 */
public final class SunoApiOrgProviderFactory extends RecordInfoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public SunoApiOrgProviderFactory() {
    super(new SunoApiOrgDialect());
  }
}
