package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock is not killable by its users (issue 15): each test is one way it could be taken down. */
class HardeningTest {
  /** More than the 32 server threads, so a mock that gives each a thread starves. */
  private static final int CROWD = 40;

  private final MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start();
  private final Http http = new Http(server);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void absurd_fault_counts_are_refused_naming_the_field_and_always_is_its_own_mode() {
    HttpResponse<String> absurd = http.post(null, "__admin/faults",
        "{\"provider\":\"kie\",\"route\":\"credits\",\"fault\":\"credits\",\"times\":1e9}");
    HttpResponse<String> fraction = http.post(null, "__admin/faults",
        "{\"provider\":\"kie\",\"route\":\"credits\",\"fault\":\"credits\",\"times\":1.5}");
    HttpResponse<String> always = http.post(null, "__admin/faults",
        "{\"provider\":\"kie\",\"route\":\"credits\",\"fault\":\"credits\",\"times\":\"always\"}");
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 5; i++) codes.add(code(http.get("kie", "api/v1/chat/credit")));
    server.admin().reset();

    assertThat(absurd.statusCode()).isEqualTo(400);
    assertThat(absurd.body()).contains("times").contains("1000000");
    assertThat(fraction.statusCode()).isEqualTo(400);
    assertThat(always.statusCode()).isEqualTo(200);
    assertThat(codes).containsOnly(402);
    assertThat(code(http.get("kie", "api/v1/chat/credit"))).isEqualTo(200);
  }

  @Test
  void a_million_forced_faults_are_a_count_not_a_million_copies() {
    server.admin().failNext("kie", "credits", 1_000_000, "credits").failNext("kie", "credits", 1_000_000, "credits")
        .failNext("kie", "credits", 1, "500");

    assertThat(code(http.get("kie", "api/v1/chat/credit"))).isEqualTo(402);
    assertThatThrownBy(() -> server.admin().failNext("kie", "credits", 1_000_001, "500"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
  }

  @Test
  void latency_is_bounded_and_parks_calls_without_holding_threads_so_the_admin_api_still_answers() throws Exception {
    HttpResponse<String> absurd = http.post(null, "__admin/latency", "{\"millis\":9.3e18}");
    HttpResponse<String> tooLong = http.post(null, "__admin/latency", "{\"millis\":600000}");
    server.admin().latency(Duration.ofSeconds(3));
    List<CompletableFuture<HttpResponse<String>>> parked = new ArrayList<>();
    for (int i = 0; i < CROWD; i++) {
      parked.add(client.sendAsync(get("kie/api/v1/chat/credit"), HttpResponse.BodyHandlers.ofString()));
    }
    awaitLogged(CROWD);

    HttpResponse<String> admin = http.get(null, "__admin/examples");
    boolean anyAnsweredBeforeAdmin = parked.stream().anyMatch(CompletableFuture::isDone);

    assertThat(absurd.statusCode()).isEqualTo(400);
    assertThat(absurd.body()).contains("millis");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(anyAnsweredBeforeAdmin).as("a delayed call answered before the admin API did").isFalse();
    for (CompletableFuture<HttpResponse<String>> call : parked) assertThat(call.get().statusCode()).isEqualTo(200);
  }

  @Test
  void bodies_dribbled_byte_by_byte_hold_no_worker_and_are_cut_off_with_a_408() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < CROWD; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write(("POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(US_ASCII));
        slow.add(socket);
      }

      HttpResponse<String> normal = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl("kie") + "api/v1/lyrics"))
          .header("Authorization", "Bearer t").timeout(Duration.ofSeconds(5))
          .POST(HttpRequest.BodyPublishers.ofString(Http.fixture("lyrics.json"))).build(),
          HttpResponse.BodyHandlers.ofString());
      slow.get(0).setSoTimeout(30_000);
      String cutOff = new String(slow.get(0).getInputStream().readAllBytes(), UTF_8);

      assertThat(normal.statusCode()).isEqualTo(200);
      assertThat(code(normal)).isEqualTo(200);
      assertThat(cutOff).startsWith("HTTP/1.1 408").contains("\"code\":408").containsIgnoringCase("Connection: close");
    } finally {
      for (Socket socket : slow) socket.close();
    }
  }

  @Test
  void websocket_upgrades_are_refused_without_creating_anything_and_h2c_is_answered_as_http_1_1() throws Exception {
    String refused = raw("GET /kie/api/v1/chat/credit HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    HttpResponse<String> h2c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
        .send(get("kie/api/v1/chat/credit"), HttpResponse.BodyHandlers.ofString());

    assertThat(refused).startsWith("HTTP/1.1 400").contains("WebSocket").doesNotContainIgnoringCase("Set-Cookie")
        .containsIgnoringCase("Connection: close");
    assertThat(h2c.statusCode()).isEqualTo(200);
    assertThat(h2c.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(h2c.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void a_content_length_of_2_to_the_31_or_more_is_too_large_not_empty() {
    String answer = raw("POST /kie/api/v1/lyrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
        + "Content-Length: 2147483648\r\n\r\n{}");

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":413");
  }

  @Test
  void absurd_timelines_are_refused_with_a_message_not_a_stack_trace_later() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = MockServerMain.run(new String[] {"--port", "0", "--timeline", "PT3000000H"},
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(UTF_8)).contains("--timeline must be at most");
    assertThatThrownBy(() -> MockServer.builder().timeline(Duration.ofHours(3_000_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeline");
  }

  @Test
  void an_examples_folder_no_route_has_is_refused_naming_it(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("kie/not-a-route"));
    Files.writeString(dir.resolve("kie/not-a-route/mine.json"), "{\"code\":200}");

    assertThatThrownBy(() -> MockServer.builder().examplesDir(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kie/not-a-route/").hasMessageContaining("lyrics-record-info");
  }

  @Test
  void a_hanging_receiver_does_not_delay_anyone_elses_callbacks() {
    try (Receiver hanging = Receiver.hanging(); Receiver healthy = Receiver.answering(200);
        MockServer patient = MockServer.builder().timeline(Duration.ZERO).callbackTimeout(Duration.ofSeconds(60))
            .callbackRetryDelays().build().start()) {
      Http mock = new Http(patient);
      for (int i = 0; i < 2 * CallbackLanes.PER_TARGET; i++) createLyrics(mock, hanging.url());
      hanging.next(CallbackLanes.PER_TARGET);

      createLyrics(mock, healthy.url());

      assertThat(healthy.next().body()).contains("callbackType");
    }
  }

  private static void createLyrics(Http mock, String callbackUrl) {
    String body = Http.fixture("callback-lyrics.json").replace("{{callBackUrl}}", callbackUrl);
    assertThat(mock.post("kie", "api/v1/lyrics", body).statusCode()).isEqualTo(200);
  }

  private void awaitLogged(int requests) throws InterruptedException {
    for (int i = 0; i < 200 && server.admin().requests().size() < requests; i++) Thread.sleep(50);
    assertThat(server.admin().requests()).hasSizeGreaterThanOrEqualTo(requests);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
        .header("Authorization", "Bearer t").timeout(Duration.ofSeconds(30)).build();
  }

  private String raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.getBytes(US_ASCII));
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int code(HttpResponse<String> response) {
    return Schemas.tree(response.body()).get("code").asInt();
  }
}
