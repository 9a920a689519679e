package io.github.sunoport.adapter.support;

import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import java.util.Objects;
import java.util.Set;

/**
 * What every adapter's client has in common: the transport it talks through, the provider that transport reaches,
 * and the capabilities the adapter declares. Subclasses add the ports.
 */
public abstract class TransportClient implements SunoClient {
  private final HttpTransport transport;
  private final Set<Capability> capabilities;

  /** Creates a client talking through {@code transport} that can do what {@code capabilities} lists. */
  protected TransportClient(HttpTransport transport, Set<Capability> capabilities) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    this.capabilities = Set.copyOf(capabilities);
  }

  /** The transport to the provider. */
  protected final HttpTransport transport() {
    return transport;
  }

  @Override
  public final ProviderId provider() {
    return transport.provider();
  }

  @Override
  public final Set<Capability> capabilities() {
    return capabilities;
  }

  /** Releases the connection pool. */
  @Override
  public void close() {
    transport.close();
  }

  /** Names the class, the provider and the base URL; never the API key. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + provider() + " at " + transport.baseUrl() + "}";
  }
}
