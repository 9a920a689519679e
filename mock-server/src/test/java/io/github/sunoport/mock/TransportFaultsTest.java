package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportFaultsTest {
  private static final String CREDITS = "/kie/api/v1/chat/credit";
  private final MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  /** What arrived before the server closed the connection; a reset surfaces as the exception. */
  private byte[] raw(String path, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
          + Http.TOKEN + "\r\n");
      for (String header : headers) request.append(header).append("\r\n");
      socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) out.write(buffer, 0, n);
      return out.toByteArray();
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Test
  void connection_reset_resets_the_connection() {
    assertThatThrownBy(() -> raw(CREDITS, "X-Mock-Scenario: connection-reset"))
        .isInstanceOf(SocketException.class).hasMessageContaining("reset");
  }

  @Test
  void empty_reply_closes_without_a_byte() throws IOException {
    assertThat(raw(CREDITS, "X-Mock-Scenario: empty-reply")).isEmpty();
  }

  @Test
  void garbage_is_random_bytes_then_close() throws IOException {
    byte[] received = raw(CREDITS, "X-Mock-Scenario: garbage");

    assertThat(received.length).isBetween(64, 512);
    assertThat(text(received)).doesNotStartWith("HTTP/");
  }

  @Test
  void malformed_chunk_sends_a_status_then_a_broken_chunk() throws IOException {
    String received = text(raw(CREDITS, "X-Mock-Scenario: malformed-chunk"));

    assertThat(received).startsWith("HTTP/1.1 200 OK\r\n").contains("Transfer-Encoding: chunked\r\n\r\nzz\r\n");
    assertThatThrownBy(() -> http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "malformed-chunk"))
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void truncated_body_announces_the_whole_answer_and_sends_half() throws IOException {
    String full = http.get("kie", "api/v1/chat/credit").body();

    String received = text(raw(CREDITS, "X-Mock-Scenario: truncated-body"));

    Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(received);
    assertThat(length.find()).isTrue();
    assertThat(Integer.parseInt(length.group(1))).isEqualTo(full.length());
    String body = received.substring(received.indexOf("\r\n\r\n") + 4);
    assertThat(body).isNotEmpty().hasSizeLessThan(full.length());
    assertThat(full).startsWith(body);
  }

  @Test
  void slow_body_still_delivers_the_whole_answer() {
    String full = http.get("kie", "api/v1/chat/credit").body();

    String slow = http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "slow-body:200").body();

    assertThat(slow).isEqualTo(full);
  }

  @Test
  void slow_body_behind_a_route_latency_is_delivered_from_the_timers() {
    String full = http.get("kie", "api/v1/chat/credit").body();
    server.admin().latency("kie", "credits", Latency.fixed(Duration.ofMillis(50)));

    String slow = http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "slow-body:100").body();

    assertThat(slow).isEqualTo(full);
  }

  @Test
  void queued_transport_faults_hit_the_next_calls_then_stop() throws IOException {
    server.admin().failNext("kie", "credits", 1, "empty-reply").failNext("kie", "credits", 1, "truncated-body");

    assertThat(raw(CREDITS)).isEmpty();
    assertThatThrownBy(() -> http.get("kie", "api/v1/chat/credit")).hasMessageContaining("fixed content-length");
    assertThat(http.get("kie", "api/v1/chat/credit").body()).containsPattern("\"code\": ?200\\b");
  }

  @Test
  void slow_body_times_are_bounded() {
    assertThatThrownBy(() -> server.admin().failNext("kie", "credits", 1, "slow-body:0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slow-body up to 60000 ms");
    assertThatThrownBy(() -> server.admin().failNext("kie", "credits", 1, "slow-body:60001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "slow-body:x").body())
        .contains("Unknown X-Mock-Scenario 'slow-body:x'").contains("connection-reset");
  }
}
