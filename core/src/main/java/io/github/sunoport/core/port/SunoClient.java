package io.github.sunoport.core.port;

import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import java.util.Set;

/**
 * A connection to one provider, opened with {@link io.github.sunoport.core.SunoProviders#open}. It holds a connection
 * pool: share one client across threads and {@linkplain #close() close} it when done.
 *
 * <p>Each family of operations is a small port reached through an accessor. Families beyond lyrics, music and the
 * account (callbacks today; more to come, see the {@linkplain io.github.sunoport.core.port package} documentation)
 * have accessors with a default that throws {@link UnsupportedCapabilityException}, so adding a family never breaks
 * an implementation of this interface.
 */
public interface SunoClient extends AutoCloseable {
  /** The provider this client talks to. */
  ProviderId provider();

  /** What this client can do: exactly the operations it offers, every other one refused before sending. */
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
    throw UnsupportedCapabilityException.of(provider(), Capability.CALLBACKS, "callbacks()");
  }

  /**
   * Releases the connection pool. Calls after closing fail with
   * {@link io.github.sunoport.core.error.ClientClosedException} before anything is sent; closing twice does nothing.
   */
  @Override
  void close();
}
