package io.github.sunoport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FixedServerTest {
  @Test
  void answers_every_request_on_a_kept_alive_connection_with_the_same_bytes() throws Exception {
    // given
    byte[] body = Payloads.KIE_LYRICS.bytes();
    try (FixedServer server = FixedServer.start(body)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl("kie") + "api/v1/x?taskId=1")).build();

      // when
      HttpResponse<byte[]> first = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> second = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

      // then
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.body()).isEqualTo(body);
      assertThat(second.body()).isEqualTo(body);
    }
  }
}
