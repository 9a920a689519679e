package io.github.sunoport.mock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The mock under fire: 5,000 seeded random and malformed requests on loopback, then a normal request. */
class MockServerFuzzTest {
  /** Fixed, so a failure replays exactly. */
  static final long SEED = 20_250_611L;
  private static final int REQUESTS = 5_000;

  @Test
  void answers_every_random_request_with_provider_shaped_json_and_still_serves_afterwards() throws Exception {
    try (MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start()) {
      // given
      Fuzzer fuzzer = new Fuzzer(server.port(), SEED);

      // when
      for (int i = 0; i < REQUESTS; i++) {
        fuzzer.sendOne();
      }

      // then
      System.out.println("seed " + SEED + ": " + fuzzer.summary());
      assertThat(fuzzer.sent()).isEqualTo(REQUESTS);
      assertThat(fuzzer.problems()).as(fuzzer.summary()).isEmpty();
      HttpResponse<String> normal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(server.baseUrl("kie") + "api/v1/lyrics/record-info?taskId=11dc****8b0f"))
              .header("Authorization", "Bearer fuzz-key").timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(normal.statusCode()).isEqualTo(200);
      assertThat(normal.body()).contains("\"msg\": \"success\"").contains("11dc****8b0f");
    }
  }
}
