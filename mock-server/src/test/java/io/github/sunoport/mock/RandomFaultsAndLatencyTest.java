package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomFaultsAndLatencyTest {
  private static final String RANDOM = "__admin/random-faults";

  private static List<Integer> codes(MockServer server, int calls) {
    Http http = new Http(server);
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      String body = http.get("kie", "api/v1/chat/credit").body();
      codes.add(body.contains("\"code\":455") ? 455 : body.contains("\"code\":500") ? 500 : 200);
    }
    return codes;
  }

  @Test
  void random_faults_over_http_are_seeded_and_per_provider() {
    List<List<Integer>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (MockServer server = MockServer.builder().build().start()) {
        HttpResponse<String> set = new Http(server).post(null, RANDOM,
            "{\"provider\":\"kie\",\"fraction\":0.5,\"seed\":7,\"faults\":[\"maintenance\",\"server-error\"]}");
        assertThat(set.statusCode()).isEqualTo(200);
        runs.add(codes(server, 40));
        assertThat(new Http(server).get("sunoapi-org", "api/v1/generate/credit").body()).doesNotContain("455", "500");
      }
    }

    assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 455, 500);
    assertThat(runs.get(0).stream().filter(c -> c == 200).count()).isBetween(10L, 30L);
  }

  @Test
  void random_transport_faults_and_removal_over_http() {
    try (MockServer server = MockServer.builder().build().start()) {
      Http http = new Http(server);
      http.post(null, RANDOM, "{\"provider\":\"kie\",\"route\":\"credits\",\"fraction\":1,\"faults\":[\"truncated-body\"]}");

      assertThatThrownBy(() -> http.get("kie", "api/v1/chat/credit")).hasMessageContaining("fixed content-length");

      http.post(null, RANDOM, "{\"provider\":\"kie\",\"route\":\"credits\",\"fraction\":0}");
      assertThat(http.get("kie", "api/v1/chat/credit").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void bad_random_fault_settings_are_400s_naming_what_is_wrong() {
    try (MockServer server = MockServer.builder().build().start()) {
      Http http = new Http(server);

      assertThat(http.post(null, RANDOM, "{\"provider\":\"kie\",\"fraction\":2,\"faults\":[\"credits\"]}").body())
          .contains("fraction not in [0, 1]");
      assertThat(http.post(null, RANDOM, "{\"provider\":\"kie\",\"fraction\":0.5,\"faults\":[\"nope\"]}").body())
          .contains("Unknown fault 'nope'");
      assertThat(http.post(null, RANDOM, "{\"provider\":\"kie\",\"fraction\":0.5,\"faults\":\"credits\"}").body())
          .contains("faults must be an array of strings");
      assertThat(http.post(null, RANDOM, "{\"provider\":\"kie\",\"faults\":[\"credits\"]}").body())
          .contains("fraction is required");
    }
  }

  @Test
  void the_most_specific_latency_applies() {
    LatencyPlan plan = new LatencyPlan();
    Duration fallback = Duration.ofMillis(5);
    plan.set(null, null, Latency.fixed(Duration.ofMillis(1)), 1);
    plan.set(Profiles.KIE, null, Latency.fixed(Duration.ofMillis(2)), 1);
    plan.set(Profiles.KIE, "generate", Latency.fixed(Duration.ofMillis(3)), 1);

    assertThat(plan.delay(Profiles.KIE, "generate", fallback)).isEqualTo(Duration.ofMillis(3));
    assertThat(plan.delay(Profiles.KIE, "credits", fallback)).isEqualTo(Duration.ofMillis(2));
    assertThat(plan.delay(Profiles.KIE, null, fallback)).isEqualTo(Duration.ofMillis(2));
    assertThat(plan.delay(Profiles.SUNOAPI_COM, "create", fallback)).isEqualTo(Duration.ofMillis(1));

    plan.set(null, null, Latency.none(), 1);
    assertThat(plan.delay(Profiles.SUNOAPI_COM, "create", fallback)).isEqualTo(fallback);
  }

  @Test
  void uniform_and_log_normal_draws_have_their_shape() {
    LatencyPlan plan = new LatencyPlan();
    plan.set(Profiles.KIE, "credits", Latency.uniform(Duration.ofMillis(100), Duration.ofMillis(200)), 3);
    plan.set(Profiles.KIE, "generate", Latency.logNormal(Duration.ofMillis(200), 0.5), 3);

    List<Long> uniform = draws(plan, "credits");
    List<Long> logNormal = draws(plan, "generate").stream().sorted().collect(Collectors.toList());

    assertThat(uniform).allMatch(d -> d >= 100 && d <= 200);
    assertThat(uniform.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(110);
    assertThat(uniform.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(190);
    assertThat(logNormal.get(logNormal.size() / 2)).isBetween(180L, 220L);
    assertThat(logNormal.get(logNormal.size() - 1)).isGreaterThan(400L);
  }

  private static List<Long> draws(LatencyPlan plan, String route) {
    return LongStream.range(0, 2_000)
        .map(i -> plan.delay(Profiles.KIE, route, Duration.ZERO).toMillis()).boxed().collect(Collectors.toList());
  }

  @Test
  void latency_over_http_accepts_the_three_shapes_and_refuses_absurd_values() {
    try (MockServer server = MockServer.builder().build().start()) {
      Http http = new Http(server);

      assertThat(http.post(null, "__admin/latency", "{\"provider\":\"kie\",\"route\":\"generate\",\"millis\":0}")
          .statusCode()).isEqualTo(200);
      assertThat(http.post(null, "__admin/latency", "{\"provider\":\"kie\",\"min\":0,\"max\":1}").statusCode())
          .isEqualTo(200);
      assertThat(http.post(null, "__admin/latency", "{\"median\":1,\"sigma\":0.5,\"seed\":3}").statusCode())
          .isEqualTo(200);
      assertThat(http.post(null, "__admin/latency", "{\"provider\":\"kie\",\"millis\":600000}").body())
          .contains("millis must be 0 to 60000 ms");
      assertThat(http.post(null, "__admin/latency", "{\"min\":5,\"max\":1}").body()).contains("max < min");
      assertThat(http.post(null, "__admin/latency", "{\"median\":5,\"sigma\":9}").body()).contains("sigma must be 0 to 3");
      assertThat(http.post(null, "__admin/latency", "{\"provider\":\"kie\",\"route\":\"gen\",\"millis\":1}").body())
          .contains("Unknown route 'gen' for kie");
      assertThat(http.get("kie", "api/v1/chat/credit").statusCode()).isEqualTo(200);
    }
  }
}
