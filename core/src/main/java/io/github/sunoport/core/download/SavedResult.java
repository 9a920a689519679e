package io.github.sunoport.core.download;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A result file on disk.
 *
 * @param path where it is
 * @param bytes its size
 * @param alreadyThere true if it was on disk before and nothing was downloaded
 */
public record SavedResult(Path path, long bytes, boolean alreadyThere) {
  /** Checks that {@code path} is not null and {@code bytes} not negative. */
  public SavedResult {
    Objects.requireNonNull(path, "path == null");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes is negative: " + bytes);
    }
  }
}
