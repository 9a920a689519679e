package io.github.sunoport.adapter.support;

import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.ClientClosedException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.StylingPort;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.port.AudioPort;
import io.github.sunoport.core.port.FilesPort;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every adapter's client has in common: the transport it talks through, the provider that transport reaches, and
 * the ports, built from the {@link Operations} the adapter declares. The capabilities are exactly the declared
 * operations'; an undeclared one is refused naming the operation, and after {@link #close()} every operation is
 * refused with a {@link ClientClosedException}, before anything is sent.
 */
public abstract class TransportClient implements SunoClient {
  private static final Set<Capability> AUDIO = EnumSet.of(Capability.UPLOAD_COVER, Capability.UPLOAD_EXTEND,
      Capability.ADD_VOCALS, Capability.ADD_INSTRUMENTAL, Capability.REPLACE_SECTION, Capability.MASHUP,
      Capability.SOUNDS, Capability.COVER, Capability.CONCAT);
  private static final Set<Capability> DERIVED = EnumSet.of(Capability.WAV, Capability.SYNCHRONOUS_WAV,
      Capability.STEMS, Capability.MIDI, Capability.VIDEO, Capability.COVER_IMAGE);
  private static final Set<Capability> STYLING = EnumSet.of(Capability.PERSONA, Capability.STYLE_BOOST);

  private final HttpTransport transport;
  private final Set<Capability> capabilities;
  private final LyricsPort lyrics;
  private final MusicPort music;
  private final AccountPort account;
  private final AudioPort audio;
  private final FilesPort files;
  private final Supplier<CallbackPort> callbacks;
  private final DerivedOutputsPort derived;
  private final StylingPort styling;
  private volatile boolean closed;

  /**
   * Creates a client talking through {@code transport} that offers {@code operations}, which are carried out by this
   * client's own methods.
   *
   * @param <C> the subclass; {@code operations} must be declared on the subclass being constructed
   */
  @SuppressWarnings("unchecked")
  protected <C extends TransportClient> TransportClient(HttpTransport transport, Operations<C> operations) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    this.capabilities = operations.capabilities();
    C self = (C) this;
    BoundPorts<C> ports = new BoundPorts<>(self, operations);
    this.lyrics = operations.submitLyrics == null ? null : ports.lyrics();
    this.music = operations.submitMusic == null ? null : ports.music();
    this.account = operations.credits == null ? null : ports.account();
    this.audio = AUDIO.stream().anyMatch(operations.families::containsKey) ? ports.audio() : null;
    this.files = operations.families.containsKey(Capability.FILE_UPLOAD) ? ports.files() : null;
    // Asked for on each call, since the subclass builds its parser after this constructor has run. The parser works on
    // bytes the app hands over; it needs no connection and stays usable after close().
    this.callbacks = operations.callbacks == null ? null : () -> operations.callbacks.apply(self);
    this.derived = DERIVED.stream().anyMatch(operations.families::containsKey) ? ports.derived() : null;
    this.styling = STYLING.stream().anyMatch(operations.families::containsKey) ? ports.styling() : null;
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

  @Override
  public final LyricsPort lyrics() {
    return offered(lyrics, Capability.LYRICS, "lyrics()");
  }

  @Override
  public final MusicPort music() {
    return offered(music, Capability.MUSIC, "music()");
  }

  @Override
  public final AccountPort account() {
    return offered(account, Capability.CREDITS, "account()");
  }

  @Override
  public final AudioPort audio() {
    return offered(audio, Capability.UPLOAD_COVER, "audio()");
  }

  @Override
  public final FilesPort files() {
    return offered(files, Capability.FILE_UPLOAD, "files()");
  }

  @Override
  public final CallbackPort callbacks() {
    return offered(callbacks, Capability.CALLBACKS, "callbacks()").get();
  }

  @Override
  public final DerivedOutputsPort derived() {
    return offered(derived, Capability.WAV, "derived()");
  }

  @Override
  public final StylingPort styling() {
    return offered(styling, Capability.PERSONA, "styling()");
  }

  /** Refuses every later call and releases the connection pool; closing twice does nothing more. */
  @Override
  public void close() {
    closed = true;
    transport.close();
  }

  /** Throws {@link ClientClosedException} naming {@code operation} once the client is closed. */
  final void ensureOpen(String operation) {
    if (closed) {
      throw ClientClosedException.of(provider(), operation);
    }
  }

  private <P> P offered(P port, Capability capability, String accessor) {
    if (port == null) {
      throw UnsupportedCapabilityException.of(provider(), capability, accessor);
    }
    return port;
  }

  /** Names the class, the provider and the base URL; never the API key. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + provider() + " at " + transport.baseUrl() + "}";
  }
}
