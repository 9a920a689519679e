package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * The factory of a record-info family provider. A provider module registers a subclass, with a public no-argument
 * constructor passing its dialect, for {@link java.util.ServiceLoader}. A {@link MarketDialect} opens a client of
 * kie.ai's Market API; any other dialect a client of the per-operation tree.
 */
public abstract class RecordInfoProviderFactory implements SunoProviderFactory {
  private final RecordInfoDialect dialect;

  /** Creates the factory of the provider {@code dialect} describes. */
  protected RecordInfoProviderFactory(RecordInfoDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect == null");
  }

  @Override
  public final ProviderId id() {
    return dialect.id();
  }

  @Override
  public final Set<Capability> capabilities() {
    return dialect instanceof MarketDialect market ? MarketClient.operations(market).capabilities()
        : RecordInfoClient.operations(dialect).capabilities();
  }

  @Override
  public final URI defaultBaseUrl() {
    return dialect.defaultBaseUrl();
  }

  @Override
  public final SunoClient create(ProviderSettings settings) {
    return create(settings, Sleeper.system());
  }

  /** Returns a client whose read retries wait with {@code sleeper}; for tests. */
  final SunoClient create(ProviderSettings settings, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    return dialect instanceof MarketDialect market ? MarketClient.open(market, settings, sleeper)
        : RecordInfoClient.open(dialect, settings, sleeper);
  }
}
