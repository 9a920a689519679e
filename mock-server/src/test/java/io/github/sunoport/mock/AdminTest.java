package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminTest {
  private final MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_forced_fault_applies_to_exactly_n_calls_of_its_route() {
    server.admin().failNext("kie", "credits", 2, "credits");

    HttpResponse<String> other = http.get("sunoapi-org", "api/v1/generate/credit");
    int first = code(http.get("kie", "api/v1/chat/credit"));
    int second = code(http.get("kie", "api/v1/chat/credit"));
    int third = code(http.get("kie", "api/v1/chat/credit"));

    assertThat(code(other)).isEqualTo(200);
    assertThat(new int[] {first, second, third}).containsExactly(402, 402, 200);
  }

  @Test
  void the_credits_fault_uses_each_providers_code() {
    server.admin().failNext("sunoapi-org", "generate", 1, "credits").failNext("sunoapi-com", "create", 1, "credits");

    HttpResponse<String> org = http.post("sunoapi-org", "api/v1/generate", Http.fixture("kie-generate.json"));
    HttpResponse<String> com = http.post("sunoapi-com", "api/v1/suno/create", Http.fixture("com-create.json"));

    assertThat(code(org)).isEqualTo(429);
    assertThat(com.statusCode()).isEqualTo(403);
    Schemas.assertValid("com-error.schema.json", com.body());
  }

  @Test
  void http_429_is_a_real_429_with_retry_after() {
    server.admin().failNext("kie", "generate-record-info", 1, "http-429");

    HttpResponse<String> response = http.get("kie", "api/v1/generate/record-info?taskId=5c79****be8e");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    Schemas.assertValid("family-error.schema.json", response.body());
  }

  @Test
  void scenario_header_applies_a_fault_to_one_call_only() {
    HttpResponse<String> faulted = http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "maintenance");
    HttpResponse<String> proxy = http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "http-502");
    HttpResponse<String> next = http.get("kie", "api/v1/chat/credit");

    assertThat(code(faulted)).isEqualTo(455);
    assertThat(proxy.statusCode()).isEqualTo(502);
    assertThat(proxy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(code(next)).isEqualTo(200);
  }

  @Test
  void the_request_log_keeps_requests_but_never_the_token() {
    http.post("kie", "api/v1/lyrics", Http.fixture("lyrics.json"));

    LoggedRequest logged = server.admin().requests().get(0);
    HttpResponse<String> overHttp = http.get(null, "__admin/requests");

    assertThat(logged.method()).isEqualTo("POST");
    assertThat(logged.path()).isEqualTo("/kie/api/v1/lyrics");
    assertThat(logged.body()).contains("peaceful night");
    assertThat(logged.headers().get("Authorization")).isEqualTo("Bearer ****");
    assertThat(overHttp.body()).contains("Bearer ****").doesNotContain("test-secret-token");
    assertThat(server.admin().clearRequests().requests()).isEmpty();
  }

  @Test
  void the_http_admin_api_forces_faults_and_resets() {
    HttpResponse<String> forced = http.post(null, "__admin/faults",
        "{\"provider\":\"sunoapi-org\",\"route\":\"lyrics-record-info\",\"fault\":\"430\",\"times\":1}");
    int faulted = code(http.get("sunoapi-org", "api/v1/lyrics/record-info?taskId=11dc****8b0f"));
    http.post(null, "__admin/faults", "{\"provider\":\"kie\",\"route\":\"credits\",\"fault\":\"500\",\"times\":3}");
    http.post(null, "__admin/reset", "");

    assertThat(forced.statusCode()).isEqualTo(200);
    assertThat(faulted).isEqualTo(430);
    assertThat(code(http.get("kie", "api/v1/chat/credit"))).isEqualTo(200);
    assertThat(http.post(null, "__admin/faults", "{\"provider\":\"kie\",\"route\":\"nope\",\"fault\":\"500\"}")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void the_java_facade_rejects_unknown_names_listing_the_valid_ones() {
    assertThatThrownBy(() -> server.admin().failNext("kie", "get-lyrics", 1, "500"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lyrics-record-info");
    assertThatThrownBy(() -> server.admin().failNext("kie", "credits", 1, "boom"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http-429");
    assertThatThrownBy(() -> server.admin().taskFate("unknown", "FAILED")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_admin_token_guards_the_admin_api() {
    try (MockServer guarded = MockServer.builder().adminToken("s3cret").build().start()) {
      Http client = new Http(guarded);

      assertThat(client.get(null, "__admin/examples").statusCode()).isEqualTo(401);
      assertThat(client.get(null, "__admin/examples", "X-Admin-Token", "s3cret").body()).contains("kie/credits/success");
    }
  }

  private static int code(HttpResponse<String> response) {
    return Schemas.tree(response.body()).get("code").asInt();
  }
}
