package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VerificationTest {
  private final MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  private void generate(String provider, String prompt) {
    http.post(provider, "api/v1/generate", "{\"prompt\":\"" + prompt + "\",\"customMode\":false,\"instrumental\":false,"
        + "\"model\":\"V4\",\"callBackUrl\":\"http://127.0.0.1:9/cb\",\"extra\":{\"tags\":[\"rock\",\"pop\"],\"n\":3}}",
        Dispatcher.SCENARIO_HEADER, "success");
  }

  @Test
  void counts_by_provider_route_method_path_header_query_and_body() {
    generate("kie", "rain");
    generate("kie", "snow");
    generate("sunoapi-org", "rain");
    http.get("kie", "api/v1/generate/record-info?taskId=a%20b&x=1");
    MockAdmin admin = server.admin();

    assertThat(admin.count(RequestPattern.any())).isEqualTo(4);
    assertThat(admin.count(RequestPattern.any().provider("kie").route("generate"))).isEqualTo(2);
    assertThat(admin.count(RequestPattern.any().method("post").body("prompt", "rain"))).isEqualTo(2);
    assertThat(admin.count(RequestPattern.any().path("/kie/api/v1/generate").body("/extra/tags/1", "pop"))).isEqualTo(2);
    assertThat(admin.count(RequestPattern.any().body("/extra/n", 3))).isEqualTo(3);
    assertThat(admin.count(RequestPattern.any().body("/extra", Map.of("n", 3L, "tags", List.of("rock", "pop")))))
        .isEqualTo(3);
    assertThat(admin.count(RequestPattern.any().header("x-mock-scenario", "success"))).isEqualTo(3);
    assertThat(admin.count(RequestPattern.any().query("taskId", "a b"))).isEqualTo(1);
    assertThat(admin.count(RequestPattern.any().query("taskId", "a%20b"))).isZero();
    assertThat(admin.count(RequestPattern.any().body("/extra/tags/2", "jazz"))).isZero();
  }

  @Test
  void the_http_matcher_counts_and_finds_like_the_java_one() {
    generate("kie", "rain");
    generate("kie", "snow");

    HttpResponse<String> count = http.post(null, "__admin/requests/count",
        "{\"provider\":\"kie\",\"route\":\"generate\",\"method\":\"POST\",\"headers\":{\"X-Mock-Scenario\":\"success\"},"
            + "\"body\":{\"prompt\":\"snow\",\"/extra/n\":3}}");
    HttpResponse<String> found = http.post(null, "__admin/requests/find", "{\"body\":{\"prompt\":\"rain\"}}");
    HttpResponse<String> all = http.post(null, "__admin/requests/count", "");

    assertThat(count.body()).isEqualTo("{\"count\":1}");
    assertThat(found.body()).contains("\\\"prompt\\\":\\\"rain\\\"").doesNotContain("snow")
        .contains("\"provider\":\"kie\"", "\"route\":\"generate\"");
    assertThat(all.body()).isEqualTo("{\"count\":2}");
  }

  @Test
  void a_bad_matcher_is_a_400_naming_the_field() {
    HttpResponse<String> unknownField = http.post(null, "__admin/requests/count", "{\"provder\":\"kie\"}");
    HttpResponse<String> wrongType = http.post(null, "__admin/requests/count", "{\"headers\":{\"a\":1}}");
    HttpResponse<String> unknownRoute = http.post(null, "__admin/requests/count", "{\"provider\":\"kie\",\"route\":\"gen\"}");
    HttpResponse<String> unknownProvider = http.post(null, "__admin/requests/find", "{\"provider\":\"suno\"}");

    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(unknownField.body()).contains("provder");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("headers.a");
    assertThat(unknownRoute.statusCode()).isEqualTo(400);
    assertThat(unknownRoute.body()).contains("Unknown route 'gen'");
    assertThat(unknownProvider.statusCode()).isEqualTo(400);
    assertThat(unknownProvider.body()).contains("Unknown provider 'suno'");
  }

  @Test
  void verify_fails_listing_what_was_received_instead_closest_first() {
    generate("kie", "snow");
    http.get("kie", "api/v1/chat/credit");

    assertThatThrownBy(() -> server.admin().verify(RequestPattern.any().provider("kie").route("generate")
        .body("prompt", "rain")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a request matching {provider=kie, route=generate, body prompt=\"rain\"}, but 0 matched.")
        .hasMessageContaining("Received instead (2 requests, closest first):\n  POST /kie/api/v1/generate (kie generate) body")
        .hasMessageContaining("differs: body prompt was \"snow\", not \"rain\"")
        .hasMessageContaining("GET /kie/api/v1/chat/credit (kie credits)\n      differs: route was credits, not generate");
  }

  @Test
  void verify_counts_exactly() {
    generate("kie", "rain");
    generate("kie", "rain");

    server.admin().verify(RequestPattern.any().body("prompt", "rain")).verify(2, RequestPattern.any().route("generate"))
        .verify(0, RequestPattern.any().provider("sunoapi-com"));
    assertThatThrownBy(() -> server.admin().verify(1, RequestPattern.any().route("generate")))
        .hasMessageStartingWith("Expected exactly 1 request matching {route=generate}, but 2 matched.")
        .hasMessageContaining("      matches");
    assertThatThrownBy(() -> server.admin().clearRequests().verify(RequestPattern.any()))
        .hasMessageContaining("The mock received no requests.");
  }

  @Test
  void unmatched_requests_come_with_their_closest_route_and_what_differed() {
    http.get("kie", "api/v1/generate");                         // wrong method
    http.post("kie", "api/v1/generat", "{}");                  // typo
    http.get(null, "kei/api/v1/chat/credit");                 // wrong prefix
    http.get("kie", "api/v1/chat/credit");                     // matched, not listed
    http.get(null, "__admin/nothing");                         // admin: never logged

    assertThat(server.admin().unmatched()).extracting(MockAdmin.LoggedRequest::path)
        .containsExactly("/kie/api/v1/generate", "/kie/api/v1/generat", "/kei/api/v1/chat/credit");
    String body = http.get(null, "__admin/requests/unmatched").body();
    assertThat(body).contains("\"closest\":{\"provider\":\"kie\",\"route\":\"generate\",\"method\":\"POST\","
        + "\"path\":\"/kie/api/v1/generate\"},\"differences\":[\"method GET is not POST\"]");
    assertThat(body).contains("\"differences\":[\"path /kie/api/v1/generat is not /kie/api/v1/generate\"]");
    assertThat(body).contains("\"closest\":{\"provider\":\"kie\",\"route\":\"credits\",\"method\":\"GET\","
        + "\"path\":\"/kie/api/v1/chat/credit\"},\"differences\":[\"provider prefix 'kei' is not one of kie, "
        + "sunoapi-org, sunoapi-com\",\"path /kei/api/v1/chat/credit is not /kie/api/v1/chat/credit\"]");
  }

  @Test
  void ids_in_the_path_match_their_route_exactly() {
    http.get("sunoapi-com", "api/v1/suno/task/abc/extra");

    String body = http.get(null, "__admin/requests/unmatched").body();

    assertThat(body).contains("\"route\":\"task\"", "\"path\":\"/sunoapi-com/api/v1/suno/task/{taskId}\"");
    assertThat(NearMisses.editDistance("kitten", "sitting")).isEqualTo(3);
  }

}
