package io.github.sunoport.core.port;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadedFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Puts files on the provider's upload host, whose URLs the provider can always fetch (arbitrary third-party URLs
 * sometimes fail), and turns files the provider made into temporary direct-download links. Uploads are synchronous:
 * no task, no callback. Implementations are thread-safe; every method throws a
 * {@link io.github.sunoport.core.error.SunoException} subclass on failure.
 */
public interface FilesPort {
  /** File name extensions taken as audio by {@link #uploadAudio}. */
  Set<String> AUDIO_EXTENSIONS = Set.of("mp3", "wav", "m4a", "aac", "flac", "ogg", "oga", "opus", "webm", "aif",
      "aiff", "wma", "mp4");

  /** The provider this port talks to. */
  ProviderId provider();

  /**
   * Uploads {@code upload} and returns where the file now is. A local file is streamed, never read into memory;
   * limits the provider documents (such as the size of a base64 upload) are checked before anything is sent.
   *
   * @throws InvalidRequestException if the file is missing or unreadable, or the upload is over a documented limit
   */
  UploadedFile upload(FileUpload upload);

  /**
   * Uploads the local audio file {@code localAudio}, streamed, after checking that it exists, is readable and has
   * an audio file extension ({@link #AUDIO_EXTENSIONS}).
   *
   * @throws InvalidRequestException naming {@code file} if it is missing, unreadable or not audio
   */
  default UploadedFile uploadAudio(Path localAudio) {
    String name = String.valueOf(localAudio == null ? null : localAudio.getFileName());
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!AUDIO_EXTENSIONS.contains(extension)) {
      throw new InvalidRequestException("file: '" + name + "' is not an audio file; expected one of "
          + new java.util.TreeSet<>(AUDIO_EXTENSIONS), "file", ErrorDetails.of(provider()));
    }
    return upload(FileUpload.fromFile(localAudio));
  }

  /**
   * Returns a temporary direct-download link for {@code fileUrl}, a file URL the provider itself made (a track's
   * audio, an image, a WAV). The link carries its documented lifetime (kie.ai: 20 minutes), counted from when the
   * answer arrived, so its {@link ResultLink#expiresAt()} errs early, never late.
   *
   * @throws InvalidRequestException if the provider refuses the URL (one it did not make)
   * @throws UnsupportedCapabilityException if the provider has no {@code DOWNLOAD_LINK} (the default)
   */
  default ResultLink downloadLink(URI fileUrl) {
    throw UnsupportedCapabilityException.of(provider(), Capability.DOWNLOAD_LINK, "files().downloadLink");
  }
}
