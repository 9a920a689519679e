package io.github.sunoport.core.download;

import io.github.sunoport.core.error.DownloadException;
import io.github.sunoport.core.error.DownloadException.Reason;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.ledger.ResultEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** One GET of one link into an output stream, with every check a download makes. */
final class Transfer {
  /** Statuses storage hosts answer for a link that expired or a file that was deleted. */
  static final Set<Integer> GONE = Set.of(401, 403, 404, 410);

  private final HttpClient http;
  private final long maxBytes;
  private final Duration timeout;
  private final boolean allowInsecureHttp;

  Transfer(HttpClient http, long maxBytes, Duration timeout, boolean allowInsecureHttp) {
    this.http = http;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /** Thrown when the server says the link is gone, so the caller may refresh it. */
  static final class Gone extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Gone(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** Copies the file behind {@code url} to {@code out}; returns the number of bytes. */
  long run(ResultEntry link, String url, OutputStream out) throws Gone {
    URI uri = checked(link, url);
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<InputStream> response = send(link, uri);
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (GONE.contains(status)) {
        throw new Gone(status);
      }
      if (status != 200) {
        throw failure(Reason.HTTP_STATUS, link, "HTTP " + status + " from " + redacted(uri), status, null);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!link.kind().accepts(type)) {
        throw failure(Reason.WRONG_CONTENT_TYPE, link, "a " + link.kind() + " result was answered with Content-Type '"
            + type + "' by " + redacted(uri), status, null);
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        throw failure(Reason.TOO_LARGE, link, "Content-Length " + length.getAsLong() + " is over the cap of "
            + maxBytes + " bytes", status, null);
      }
      long copied = copy(link, uri, body, out, length, deadline);
      if (length.isPresent() && copied != length.getAsLong()) {
        throw failure(Reason.TRUNCATED, link, copied + " of " + length.getAsLong() + " bytes arrived from "
            + redacted(uri), status, null);
      }
      return copied;
    } catch (IOException e) {
      throw failure(Reason.NETWORK, link, "could not close the answer of " + redacted(uri), 0, e);
    }
  }

  private HttpResponse<InputStream> send(ResultEntry link, URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "*/*").GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw failure(Reason.TIMEOUT, link, "no answer within " + timeout + " from " + redacted(uri), 0, e);
    } catch (IOException e) {
      throw failure(Reason.NETWORK, link, "could not reach " + redacted(uri), 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(Reason.NETWORK, link, "interrupted while asking " + redacted(uri), 0, e);
    }
  }

  private long copy(ResultEntry link, URI uri, InputStream body, OutputStream out, OptionalLong length,
      long deadline) {
    AtomicBoolean cutOff = new AtomicBoolean();
    ScheduledFuture<?> alarm = Watchdog.after(deadline - System.nanoTime(), () -> {
      cutOff.set(true);
      try {
        body.close();
      } catch (IOException ignored) {
        // the reader fails either way, which is the point
      }
    });
    long copied = 0;
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while ((n = read(body, buffer)) != -1) {
        copied += n;
        if (copied > maxBytes) {
          throw failure(Reason.TOO_LARGE, link, "more than the cap of " + maxBytes + " bytes arrived", 200, null);
        }
        out.write(buffer, 0, n);
      }
      return copied;
    } catch (UncheckedIOException e) {
      if (cutOff.get()) {
        throw failure(Reason.TIMEOUT, link, "the transfer took longer than " + timeout + " (" + copied
            + " bytes arrived) from " + redacted(uri), 200, e.getCause());
      }
      if (length.isPresent() && copied < length.getAsLong()) {
        throw failure(Reason.TRUNCATED, link, "the connection ended after " + copied + " of " + length.getAsLong()
            + " bytes from " + redacted(uri), 200, e.getCause());
      }
      throw failure(Reason.NETWORK, link, "the connection failed after " + copied + " bytes from "
          + redacted(uri), 200, e.getCause());
    } catch (IOException e) {
      throw failure(Reason.NETWORK, link, "could not write the file (" + e.getMessage() + ")", 200, e);
    } finally {
      alarm.cancel(false);
    }
  }

  /** Reads, telling a failure of the connection (unchecked here) apart from a failure to write. */
  private static int read(InputStream body, byte[] buffer) {
    try {
      return body.read(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI checked(ResultEntry link, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw failure(Reason.REFUSED_URL, link, "not a URL: '" + shorten(url) + "'", 0, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw failure(Reason.REFUSED_URL, link, "only http(s) links with a host are downloaded, not '"
          + shorten(redacted(uri)) + "'", 0, null);
    }
    if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw failure(Reason.REFUSED_URL, link, "plain http to " + uri.getHost()
          + " is refused; allow it with allowInsecureHttp(true)", 0, null);
    }
    return uri;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
  }

  /** The URL without query and fragment: signed links carry their tokens there. */
  static String redacted(URI uri) {
    String s = (uri.getScheme() == null ? "" : uri.getScheme() + "://")
        + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceAll("^.*@", ""))
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
    return uri.getRawQuery() == null ? s : s + "?...";
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }

  static DownloadException failure(Reason reason, ResultEntry link, String detail, int status, Throwable cause) {
    ErrorDetails details = status > 0
        ? ErrorDetails.of(link.task().provider(), status, null, null)
        : ErrorDetails.of(link.task().provider());
    return new DownloadException(reason, link.key() + ": " + detail, details, cause);
  }
}
