package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file on a provider's upload host. Pass {@link #url()} as the audio URL of a music-from-audio request; the host
 * deletes the file when its {@link #link()} expires (3 days on kie.ai and sunoapi.org).
 *
 * @param link where the provider (and anyone with the link) can download the file, with when the host deletes it:
 *     the time the host sent, else the documented retention after the upload
 * @param fileName the name on the host, when sent
 * @param path the path on the host, when sent
 * @param size the size in bytes, when sent
 * @param mimeType the detected MIME type, such as {@code audio/mpeg}, when sent
 * @param uploadedAt when the host stored the file, when sent
 */
public record UploadedFile(
    ResultLink link,
    Optional<String> fileName,
    Optional<String> path,
    OptionalLong size,
    Optional<String> mimeType,
    Optional<Instant> uploadedAt) {

  /** Checks that no component is null and the size is not negative. */
  public UploadedFile {
    Objects.requireNonNull(link, "link == null");
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
  }

  /** Where the file is: the URL to pass to a music-from-audio request. */
  public URI url() {
    return link.url();
  }

  /** Returns true if the MIME type says audio ({@code audio/...}). Empty type gives false. */
  public boolean isAudio() {
    return mimeType.map(t -> t.regionMatches(true, 0, "audio/", 0, 6)).orElse(false);
  }
}
