package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file on a provider's upload host. Pass {@link #url()} as the audio URL of a music-from-audio request; the host
 * deletes the file at {@link #expiresAt()}.
 *
 * @param url where the provider (and anyone with the link) can download the file
 * @param fileName the name on the host, when sent
 * @param path the path on the host, when sent
 * @param size the size in bytes, when sent
 * @param mimeType the detected MIME type, such as {@code audio/mpeg}, when sent
 * @param uploadedAt when the host stored the file, when sent
 * @param expiresAt when the host deletes the file: the time it sent, else the documented retention after the upload
 */
public record UploadedFile(
    URI url,
    Optional<String> fileName,
    Optional<String> path,
    OptionalLong size,
    Optional<String> mimeType,
    Optional<Instant> uploadedAt,
    Instant expiresAt) {

  /** Checks that the URL is an absolute http or https URL and that no component is null or negative. */
  public UploadedFile {
    Checks.webUrl(url, "url");
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(size, "size == null");
    size.ifPresent(s -> {
      if (s < 0) {
        throw Checks.invalid("size", "is negative: " + s);
      }
    });
    Objects.requireNonNull(mimeType, "mimeType == null");
    Objects.requireNonNull(uploadedAt, "uploadedAt == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
  }

  /** Returns true if the MIME type says audio ({@code audio/...}). Empty type gives false. */
  public boolean isAudio() {
    return mimeType.map(t -> t.regionMatches(true, 0, "audio/", 0, 6)).orElse(false);
  }
}
