package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.mock.Profile.Answer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = MockServer.builder().timeline(Duration.ZERO).build().start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void every_declared_operation_is_served_at_its_path_and_method() {
    for (Profile profile : Profiles.ALL) {
      for (Operation operation : profile.operations()) {
        // given
        String path = operation.path().substring(1) + (operation.idInPath() ? "/some-id" : "");

        // when
        HttpResponse<String> response = http.method(operation.method(), profile.id(), path,
            operation.method().equals("GET") ? "" : "{}");

        // then
        assertThat(response.statusCode()).as(profile.id() + " " + operation.key()).isNotIn(404, 405);
      }
    }
  }

  @Test
  void the_admin_api_accepts_exactly_the_registered_route_keys() {
    for (Profile profile : Profiles.ALL) {
      for (String key : profile.routeKeys()) {
        server.admin().failNext(profile.id(), key, 1, "500");
      }
    }
    server.admin().reset();

    assertThatThrownBy(() -> server.admin().failNext("sunoapi-com", "credits", 1, "500"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("get-credits");
  }

  @Test
  void a_profile_without_an_answer_for_a_named_fault_is_refused_when_declared() {
    Map<String, Answer> faults = new HashMap<>(Profiles.KIE.faults());
    faults.remove("maintenance");

    assertThatThrownBy(() -> new Profile("other", Envelope.MSG_IN_HTTP_200, faults, Profiles.KIE.validation(),
        Profile.AuthTexts.TABLE, 404, List.of(), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maintenance");
  }

  @Test
  void a_head_request_goes_through_the_dispatcher_like_its_get() {
    server.admin().clearRequests();

    HttpResponse<String> head = http.method("HEAD", "kie", "api/v1/chat/credit", "");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(server.admin().requests()).extracting(MockAdmin.LoggedRequest::method).containsExactly("HEAD");
  }

  @Test
  void a_wrong_method_is_answered_in_each_providers_shape() {
    HttpResponse<String> kie = http.method("DELETE", "kie", "api/v1/generate", "");
    HttpResponse<String> com = http.method("DELETE", "sunoapi-com", "api/v1/suno/create", "");

    assertThat(kie.statusCode()).isEqualTo(405);
    assertThat(Schemas.tree(kie.body()).get("code").asInt()).isEqualTo(404);
    assertThat(com.statusCode()).isEqualTo(405);
    assertThat(Schemas.tree(com.body()).get("message").asString()).isEqualTo("Method not allowed.");
  }
}
