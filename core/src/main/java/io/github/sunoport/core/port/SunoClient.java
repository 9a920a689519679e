package io.github.sunoport.core.port;

import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import java.util.Set;

/**
 * A connection to one provider, opened with {@link io.github.sunoport.core.SunoProviders#open}. It holds a connection
 * pool: share one client across threads and {@linkplain #close() close} it when done.
 */
public interface SunoClient extends AutoCloseable {
  /** The provider this client talks to. */
  ProviderId provider();

  /** What the provider can do. */
  Set<Capability> capabilities();

  /** Returns true if the provider has {@code capability}. */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * The lyrics port.
   *
   * @throws io.github.sunoport.core.error.UnsupportedCapabilityException if the provider has no {@code LYRICS}
   */
  LyricsPort lyrics();

  /**
   * The music port.
   *
   * @throws io.github.sunoport.core.error.UnsupportedCapabilityException if the provider has no {@code MUSIC}
   */
  MusicPort music();

  /**
   * The account port.
   *
   * @throws io.github.sunoport.core.error.UnsupportedCapabilityException if the provider has no {@code CREDITS}
   */
  AccountPort account();

  /**
   * The callback parser, for apps that receive results at a callback URL instead of polling.
   *
   * @throws UnsupportedCapabilityException if the provider has no {@code CALLBACKS} (the default)
   */
  default CallbackPort callbacks() {
    throw UnsupportedCapabilityException.of(provider(), Capability.CALLBACKS);
  }

  /** Releases the connection pool. Calls after closing fail. */
  @Override
  void close();
}
