package io.github.sunoport.core.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file to put on a provider's upload host, from one of three sources: a public URL the host downloads
 * ({@link #fromUrl}), bytes in memory sent as base64 ({@link #fromBytes}, meant for small files), or a local file
 * streamed as multipart ({@link #fromFile}; never read into memory). The file lands in {@link #folder()} under
 * {@link #fileName()}; a name already used there is overwritten.
 */
public final class FileUpload {
  /** Where the bytes come from. */
  public enum Source {
    /** The upload host downloads a public URL. */
    URL,
    /** Bytes in memory, sent as base64 in JSON. */
    BYTES,
    /** A local file, streamed as multipart. */
    FILE
  }

  /** The folder used when none is given. */
  public static final String DEFAULT_FOLDER = "sunoport";

  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
  private static final int MAX_NAME_LENGTH = 200;

  private final Source source;
  private final URI url;
  private final byte[] bytes;
  private final Path file;
  private final String folder;
  private final String fileName;

  private FileUpload(Source source, URI url, byte[] bytes, Path file, String folder, String fileName) {
    this.source = source;
    this.url = url;
    this.bytes = bytes;
    this.file = file;
    this.folder = checkFolder(folder);
    this.fileName = fileName == null ? null : checkFileName(fileName);
  }

  /** Returns an upload the host downloads from {@code url}, a public http or https URL. */
  public static FileUpload fromUrl(URI url) {
    return new FileUpload(Source.URL, Checks.webUrl(url, "fileUrl"), null, null, DEFAULT_FOLDER, null);
  }

  /** Returns an upload of {@code bytes} (copied) named {@code fileName}, with its extension. */
  public static FileUpload fromBytes(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes == null");
    if (bytes.length == 0) {
      throw Checks.invalid("bytes", "is empty");
    }
    return new FileUpload(Source.BYTES, null, bytes.clone(), null, DEFAULT_FOLDER,
        Objects.requireNonNull(fileName, "fileName == null"));
  }

  /**
   * Returns an upload of the local file {@code file}, named as it is. Whether it exists and can be read is checked
   * when it is uploaded.
   */
  public static FileUpload fromFile(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path name = file.getFileName();
    if (name == null) {
      throw Checks.invalid("file", "names no file: " + file);
    }
    return new FileUpload(Source.FILE, null, null, file, DEFAULT_FOLDER, name.toString());
  }

  /** Returns a copy that lands in {@code folder}: segments of letters, digits, '.', '_' or '-', no outer slashes. */
  public FileUpload inFolder(String folder) {
    return new FileUpload(source, url, bytes, file, folder, fileName);
  }

  /** Returns a copy named {@code fileName}, with its extension. */
  public FileUpload named(String fileName) {
    return new FileUpload(source, url, bytes, file, folder, Objects.requireNonNull(fileName, "fileName == null"));
  }

  /** Where the bytes come from. */
  public Source source() {
    return source;
  }

  /** The URL to download, for {@link Source#URL}. */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /** A copy of the bytes, for {@link Source#BYTES}. */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes).map(byte[]::clone);
  }

  /** How many bytes are in memory, for {@link Source#BYTES}; 0 otherwise. */
  public int byteCount() {
    return bytes == null ? 0 : bytes.length;
  }

  /** The local file, for {@link Source#FILE}. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The folder on the upload host. */
  public String folder() {
    return folder;
  }

  /** The file name on the upload host; empty lets the host pick one. */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /** Names the source and destination; never the bytes. */
  @Override
  public String toString() {
    String from = switch (source) {
      case URL -> "url " + url.getScheme() + "://" + url.getHost();
      case BYTES -> bytes.length + " bytes";
      case FILE -> "file " + file;
    };
    return "FileUpload[" + from + " -> " + folder + "/" + (fileName == null ? "*" : fileName) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileUpload other && source == other.source && Objects.equals(url, other.url)
        && Arrays.equals(bytes, other.bytes) && Objects.equals(file, other.file) && folder.equals(other.folder)
        && Objects.equals(fileName, other.fileName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, url, Arrays.hashCode(bytes), file, folder, fileName);
  }

  private static String checkFolder(String folder) {
    Checks.text(folder, "folder", MAX_NAME_LENGTH);
    if (!FOLDER.matcher(folder).matches() || folder.contains("/../") || folder.startsWith("../")
        || folder.endsWith("/..") || folder.equals("..")) {
      throw Checks.invalid("folder", "must be segments of letters, digits, '.', '_' or '-' joined by '/', "
          + "without a leading or trailing slash; was '" + folder + "'");
    }
    return folder;
  }

  private static String checkFileName(String fileName) {
    Checks.printable(Checks.text(fileName, "fileName", MAX_NAME_LENGTH), "fileName");
    if (fileName.contains("/") || fileName.contains("\\") || fileName.equals(".") || fileName.equals("..")) {
      throw Checks.invalid("fileName", "must be a plain name without a path, was '" + fileName + "'");
    }
    return fileName;
  }
}
