package io.github.sunoport.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.error.DownloadException;
import io.github.sunoport.core.error.DownloadException.Reason;
import io.github.sunoport.core.ledger.ResultKind;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.ledger.SubmittedTask;
import io.github.sunoport.core.ledger.TaskLedger;
import io.github.sunoport.core.model.TaskId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultDownloaderTest {
  private static final TaskId TASK = TaskId.of("kie", "task-1");
  private static final byte[] SONG = new byte[300_000];

  static {
    new Random(16).nextBytes(SONG);
  }

  @TempDir
  Path dir;

  private HttpServer server;
  private final Map<String, Integer> hits = new ConcurrentHashMap<>();
  private final CountDownLatch releaseStall = new CountDownLatch(1);
  private TaskLedger ledger;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    ledger = TaskLedger.inMemory();
    ledger.recordSubmitted(SubmittedTask.of(TASK, "music.generate", "a song", Instant.EPOCH));
  }

  @AfterEach
  void stop() {
    releaseStall.countDown();
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.merge(path, 1, Integer::sum);
    try (exchange; OutputStream out = exchange.getResponseBody()) {
      switch (path) {
        case "/song.mp3", "/fresh.mp3" -> send(exchange, 200, "audio/mpeg", SONG, SONG.length);
        case "/octet" -> send(exchange, 200, "application/octet-stream", SONG, SONG.length);
        case "/page" -> send(exchange, 200, "text/html; charset=utf-8", "<html>sign in</html>".getBytes(), 20);
        case "/gone" -> send(exchange, 410, "application/xml", "<Error>expired</Error>".getBytes(), 22);
        case "/error" -> send(exchange, 503, "text/plain", "busy".getBytes(), 4);
        case "/chunked" -> send(exchange, 200, "audio/mpeg", SONG, 0);
        case "/stall" -> {
          exchange.getResponseHeaders().set("Content-Type", "audio/mpeg");
          exchange.sendResponseHeaders(200, 1000);
          out.write(new byte[100]);
          out.flush();
          releaseStall.await(30, TimeUnit.SECONDS);
        }
        default -> send(exchange, 404, "text/plain", "no".getBytes(), 2);
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, which several tests provoke
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, long length)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, length);
    exchange.getResponseBody().write(body, 0, length == 0 ? body.length : (int) Math.min(length, body.length));
  }

  private ResultEntry link(String path, ResultKind kind) {
    ResultEntry link = ResultEntry.of(TASK, "t1/" + kind.name().toLowerCase(), kind,
        "http://127.0.0.1:" + server.getAddress().getPort() + path + "?token=secret-token");
    ledger.recordResult(link);
    return link;
  }

  private ResultDownloader.Builder downloader() {
    return ResultDownloader.builder().ledger(ledger);
  }

  private void assertNothingLeftIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  private static DownloadException failure(ThrowingCallable call, Reason reason) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(DownloadException.class);
    DownloadException e = (DownloadException) thrown;
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).doesNotContain("secret-token");
    return e;
  }

  @Test
  void saves_the_file_into_place_and_records_where_in_the_ledger() throws IOException {
    ResultEntry link = link("/song.mp3", ResultKind.AUDIO);
    Path target = dir.resolve("music/t1.mp3");

    SavedResult saved = downloader().build().save(link, target);

    assertThat(saved).isEqualTo(new SavedResult(target, SONG.length, false));
    assertThat(Files.readAllBytes(target)).isEqualTo(SONG);
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
    assertThat(ledger.results(TASK)).singleElement()
        .satisfies(r -> assertThat(r.savedTo()).contains(target.toString()));
  }

  @Test
  void a_file_already_on_disk_is_not_downloaded_again() throws IOException {
    ResultEntry link = link("/song.mp3", ResultKind.AUDIO);
    Path target = dir.resolve("t1.mp3");
    ResultDownloader downloader = downloader().build();
    downloader.save(link, target);

    SavedResult again = downloader.save(link, target);

    assertThat(again.alreadyThere()).isTrue();
    assertThat(again.bytes()).isEqualTo(SONG.length);
    assertThat(hits.get("/song.mp3")).isEqualTo(1);
  }

  @Test
  void streams_into_an_output_stream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long bytes = downloader().build().copy(link("/chunked", ResultKind.AUDIO), out);

    assertThat(bytes).isEqualTo(SONG.length);
    assertThat(out.toByteArray()).isEqualTo(SONG);
  }

  @Test
  void octet_stream_is_accepted_for_any_kind_since_storage_hosts_send_it_for_everything() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(downloader().build().copy(link("/octet", ResultKind.VIDEO), out)).isEqualTo(SONG.length);
  }

  @Test
  void an_html_page_instead_of_audio_is_refused_and_leaves_nothing() throws IOException {
    DownloadException e = failure(() -> downloader().build().save(link("/page", ResultKind.AUDIO),
        dir.resolve("t1.mp3")), Reason.WRONG_CONTENT_TYPE);

    assertThat(e.getMessage()).contains("AUDIO", "text/html");
    assertThat(e.isRetryable()).isFalse();
    assertNothingLeftIn(dir);
  }

  @Test
  void a_file_over_the_cap_is_refused_by_its_length_or_while_streaming() throws IOException {
    ResultDownloader capped = downloader().maxBytes(1000).build();

    failure(() -> capped.save(link("/song.mp3", ResultKind.AUDIO), dir.resolve("a.mp3")), Reason.TOO_LARGE);
    failure(() -> capped.save(link("/chunked", ResultKind.AUDIO), dir.resolve("b.mp3")), Reason.TOO_LARGE);

    assertNothingLeftIn(dir);
  }

  @Test
  void a_body_shorter_than_its_length_is_truncated_and_leaves_nothing() throws Exception {
    // The JDK server keeps a connection open when a handler writes too little, so a raw socket plays this server.
    try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answer = new Thread(() -> {
        try (Socket socket = raw.accept(); OutputStream out = socket.getOutputStream()) {
          socket.getInputStream().read(new byte[4096]);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: 1000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(new byte[500]);
        } catch (IOException ignored) {
          // the test fails on its own if the answer did not go out
        }
      });
      answer.start();
      ResultEntry link = ResultEntry.of(TASK, "t1/audio", ResultKind.AUDIO,
          "http://127.0.0.1:" + raw.getLocalPort() + "/short?token=secret-token");

      DownloadException e = failure(() -> downloader().build().save(link, dir.resolve("t1.mp3")), Reason.TRUNCATED);

      answer.join();

      assertThat(e.isRetryable()).isTrue();
      assertThat(e.getMessage()).contains("500 of 1000 bytes");
      assertNothingLeftIn(dir);
    }
  }

  @Test
  void a_stalled_transfer_is_cut_off_at_the_timeout() throws IOException {
    ResultDownloader impatient = downloader().timeout(Duration.ofMillis(300)).build();

    DownloadException e = failure(() -> impatient.save(link("/stall", ResultKind.AUDIO), dir.resolve("t1.mp3")),
        Reason.TIMEOUT);

    assertThat(e.isRetryable()).isTrue();
    assertNothingLeftIn(dir);
  }

  @Test
  void an_expired_link_is_refreshed_once_and_the_fresh_link_recorded() throws IOException {
    ResultEntry expired = link("/gone", ResultKind.AUDIO);
    String fresh = "http://127.0.0.1:" + server.getAddress().getPort() + "/fresh.mp3?token=new";
    ResultDownloader refreshing = downloader().linkRefresher(l -> l.equals(expired) ? Optional.of(fresh)
        : Optional.empty()).build();

    SavedResult saved = refreshing.save(expired, dir.resolve("t1.mp3"));

    assertThat(Files.readAllBytes(saved.path())).isEqualTo(SONG);
    assertThat(ledger.results(TASK)).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo(fresh);
      assertThat(r.savedTo()).contains(saved.path().toString());
    });
  }

  @Test
  void an_expired_link_without_a_fresh_one_is_reported_expired() throws IOException {
    DownloadException e = failure(() -> downloader().build().save(link("/gone", ResultKind.AUDIO),
        dir.resolve("t1.mp3")), Reason.EXPIRED);

    assertThat(e.httpStatus()).hasValue(410);
    assertThat(e.provider()).map(Object::toString).contains("kie");
    assertNothingLeftIn(dir);
  }

  @Test
  void a_server_error_is_retryable() {
    DownloadException e = failure(() -> downloader().build().copy(link("/error", ResultKind.AUDIO),
        new ByteArrayOutputStream()), Reason.HTTP_STATUS);

    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void links_that_are_not_https_are_refused_before_anything_is_sent() {
    ResultDownloader downloader = downloader().build();

    for (String url : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "http://example.com/a?token=secret-token",
        "not a url at all"}) {
      failure(() -> downloader.copy(ResultEntry.of(TASK, "k", ResultKind.AUDIO, url), new ByteArrayOutputStream()),
          Reason.REFUSED_URL);
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void options_out_of_range_are_refused_naming_them() {
    assertThatThrownBy(() -> ResultDownloader.builder().maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> ResultDownloader.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }
}
