package io.github.sunoport.core.port;

import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.UploadCoverRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
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
   * The music-from-audio port: covers, extensions, vocals and accompaniments of uploaded audio, section
   * replacement, mashups and sounds.
   *
   * @throws UnsupportedCapabilityException if the provider offers none of them (the default)
   */
  default AudioPort audio() {
    throw UnsupportedCapabilityException.of(provider(), Capability.UPLOAD_COVER, "audio()");
  }

  /**
   * The files port: uploads to the provider's upload host, and temporary download links.
   *
   * @throws UnsupportedCapabilityException if the provider has no {@code FILE_UPLOAD} (the default)
   */
  default FilesPort files() {
    throw UnsupportedCapabilityException.of(provider(), Capability.FILE_UPLOAD, "files()");
  }

  /**
   * Uploads the local audio file {@code localAudio}, then submits the cover {@code request} builds from its URL: a
   * local file to a cover in one call. The upload is streamed, never read into memory.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the file is missing, unreadable or not audio,
   *     or the provider would refuse the cover; nothing is submitted then
   * @throws UnsupportedCapabilityException if the provider cannot upload files or cover uploaded audio
   */
  default TaskId coverLocalFile(Path localAudio, Function<URI, UploadCoverRequest> request) {
    AudioPort audio = audio();
    URI url = files().uploadAudio(localAudio).url();
    return audio.uploadCover(request.apply(url));
  }

  /**
   * The port deriving WAV, stems, MIDI, video and cover art from finished tracks.
   *
   * @throws UnsupportedCapabilityException if the provider derives none of them (the default)
   */
  default DerivedOutputsPort derived() {
    throw new UnsupportedCapabilityException("provider '" + provider() + "' derives no outputs (WAV, STEMS, MIDI, "
        + "VIDEO, COVER_IMAGE): derived() is not available", ErrorDetails.of(provider()));
  }

  /**
   * The port making personas and boosting styles.
   *
   * @throws UnsupportedCapabilityException if the provider offers neither (the default)
   */
  default StylingPort styling() {
    throw new UnsupportedCapabilityException("provider '" + provider() + "' offers neither PERSONA nor STYLE_BOOST: "
        + "styling() is not available", ErrorDetails.of(provider()));
  }

  /**
   * Releases the connection pool. Calls after closing fail with
   * {@link io.github.sunoport.core.error.ClientClosedException} before anything is sent; closing twice does nothing.
   */
  @Override
  void close();
}
