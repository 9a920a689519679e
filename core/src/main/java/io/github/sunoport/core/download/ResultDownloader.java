package io.github.sunoport.core.download;

import io.github.sunoport.core.error.DownloadException;
import io.github.sunoport.core.error.DownloadException.Reason;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.ledger.TaskLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves the files a task produced (tracks, stems, WAV, MIDI, videos, images) before the provider deletes them:
 * about two weeks for most results, 24 hours for some links, 20 minutes for kie.ai's download links.
 *
 * <pre>{@code
 * ResultDownloader downloader = ResultDownloader.builder().ledger(ledger).build();
 * for (ResultEntry result : ledger.results(taskId)) {
 *   downloader.save(result, musicDir.resolve(result.key().replace('/', '-')));
 * }
 * }</pre>
 *
 * <p>Every download is streamed (never whole in memory) and refused when the link is not {@code https} (plain
 * {@code http} only to loopback unless allowed), when the server's {@code Content-Type} does not fit the
 * {@link io.github.sunoport.core.ledger.ResultKind}, when it is larger than the cap, shorter than its
 * {@code Content-Length}, or slower than the timeout. {@link #save} writes to a temporary file beside the target and
 * moves it into place, so the target is either absent or complete; a target already on disk is not downloaded again.
 * When the server says a link is gone (401, 403, 404, 410), the {@link LinkRefresher} is asked once for a fresh one,
 * which is then recorded in the ledger. Thread-safe; failures are {@link DownloadException}s.
 */
public final class ResultDownloader {
  /** The default cap on one file: 512 MiB. */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
  /** The default time one whole download may take: 5 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final Transfer transfer;
  private final LinkRefresher refresher;
  private final Optional<TaskLedger> ledger;

  private ResultDownloader(Builder builder) {
    HttpClient http = builder.httpClient != null
        ? builder.httpClient
        : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.transfer = new Transfer(http, builder.maxBytes, builder.timeout, builder.allowInsecureHttp);
    this.refresher = builder.refresher;
    this.ledger = Optional.ofNullable(builder.ledger);
  }

  /** Returns a downloader with the defaults: no ledger, no link refresh. */
  public static ResultDownloader create() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Saves {@code result}'s file at {@code target}, unless a non-empty file is there already, and records the location
   * in the ledger, if one is configured. Missing parent directories are created.
   *
   * @return the file, with {@code alreadyThere} set when nothing was downloaded
   * @throws DownloadException if the file could not be saved; nothing is left at {@code target} then
   */
  public SavedResult save(ResultEntry result, Path target) {
    Objects.requireNonNull(result, "result == null");
    Path path = Objects.requireNonNull(target, "target == null").toAbsolutePath();
    try {
      if (Files.isRegularFile(path) && Files.size(path) > 0) {
        record(result, path);
        return new SavedResult(path, Files.size(path), true);
      }
      Path dir = path.getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".part");
      Outcome outcome;
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          outcome = transfer(result, out);
        }
        moveIntoPlace(temp, path);
      } finally {
        Files.deleteIfExists(temp);
      }
      record(outcome.link(), path);
      return new SavedResult(path, outcome.bytes(), false);
    } catch (IOException e) {
      throw Transfer.failure(Reason.NETWORK, result, "could not write " + path + " (" + e.getMessage() + ")", 0, e);
    }
  }

  /**
   * Streams {@code result}'s file into {@code out}, which stays open. Bytes written before a failure stay written; use
   * {@link #save} for all-or-nothing. Nothing is recorded in the ledger, since there is no location to record.
   *
   * @return the number of bytes written
   * @throws DownloadException if the download failed
   */
  public long copy(ResultEntry result, OutputStream out) {
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(out, "out == null");
    return transfer(result, out).bytes();
  }

  /** What a transfer wrote, and through which link: a refreshed one replaces the link given. */
  private record Outcome(long bytes, ResultEntry link) {}

  private Outcome transfer(ResultEntry link, OutputStream out) {
    try {
      return new Outcome(transfer.run(link, link.url(), out), link);
    } catch (Transfer.Gone gone) {
      Optional<String> fresh = refresher.refresh(link);
      if (fresh.isEmpty() || fresh.get().equals(link.url())) {
        throw Transfer.failure(Reason.EXPIRED, link, "the link answered HTTP " + gone.status
            + " and no fresh link was found", gone.status, null);
      }
      ResultEntry renewed = new ResultEntry(link.task(), link.key(), link.kind(), fresh.get(), link.savedTo());
      ledger.ifPresent(l -> l.recordResult(renewed));
      try {
        return new Outcome(transfer.run(renewed, renewed.url(), out), renewed);
      } catch (Transfer.Gone again) {
        throw Transfer.failure(Reason.EXPIRED, link, "the refreshed link answered HTTP " + again.status,
            again.status, null);
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this is a rename on every common file system; kept for the exotic ones.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void record(ResultEntry link, Path path) {
    ledger.ifPresent(l -> {
      l.recordResult(link);
      l.recordSaved(link.task(), link.key(), path.toString());
    });
  }

  /** Configures a {@link ResultDownloader}. */
  public static final class Builder {
    private HttpClient httpClient;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration timeout = DEFAULT_TIMEOUT;
    private LinkRefresher refresher = LinkRefresher.NONE;
    private TaskLedger ledger;
    private boolean allowInsecureHttp;

    private Builder() {}

    /** Uses the app's own client (proxy, TLS settings); by default one following redirects except to http. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * Caps the size of one file.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Limits the time one whole download may take, from the request to the last byte.
     *
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Asks {@code refresher} for a fresh link when one is gone. */
    public Builder linkRefresher(LinkRefresher refresher) {
      this.refresher = Objects.requireNonNull(refresher, "refresher == null");
      return this;
    }

    /** Records saved locations, and refreshed links, in {@code ledger}. */
    public Builder ledger(TaskLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger == null");
      return this;
    }

    /** Allows plain {@code http} links to hosts other than loopback; off by default. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** Returns the downloader. */
    public ResultDownloader build() {
      return new ResultDownloader(this);
    }
  }
}
