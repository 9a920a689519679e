package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Files uploaded through the upload routes, served back from the mock's own file URL so that a local file can go
 * through upload and upload-cover on loopback. Bounded in count and bytes; the oldest file goes first, and then
 * answers "not found" as an expired upload does at the providers (their files live 3 days).
 */
final class FileStore {
  static final int MAX_FILES = 256;
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /**
   * One stored file.
   *
   * @param bytes the content, or null for a URL upload (the mock never downloads; it redirects to {@code sourceUrl})
   * @param sourceUrl the URL a URL upload named, else null
   */
  record StoredFile(String id, String fileName, String mimeType, byte[] bytes, String sourceUrl, long size) {}

  private final Map<String, StoredFile> files = new LinkedHashMap<>();
  private long bytes;

  synchronized StoredFile add(String fileName, String mimeType, byte[] content, String sourceUrl) {
    String id = UUID.randomUUID().toString().replace("-", "");
    StoredFile file = new StoredFile(id, fileName, mimeType, content, sourceUrl, content == null ? 0 : content.length);
    files.put(id, file);
    bytes += file.size();
    var oldest = files.values().iterator();
    while ((files.size() > MAX_FILES || bytes > MAX_BYTES) && oldest.hasNext()) {
      StoredFile gone = oldest.next();
      oldest.remove();
      bytes -= gone.size();
    }
    return file;
  }

  synchronized StoredFile get(String id) {
    return id == null ? null : files.get(id);
  }

  synchronized void reset() {
    files.clear();
    bytes = 0;
  }
}
