package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.failover.FailoverClient;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.junit.FromMock;
import io.github.sunoport.junit.MockServerTest;
import io.github.sunoport.mock.MockAdmin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MockServerTest(token = "test-key", callbackUrl = "http://127.0.0.1:9/cb")
class FailoverAgainstMockTest {
  @FromMock private MockAdmin mock;
  @FromMock("kie") private SunoClient kie;
  @FromMock("sunoapi-org") private SunoClient sunoapiOrg;
  @FromMock("sunoapi-com") private SunoClient sunoapiCom;
  private FailoverClient client;

  @BeforeEach
  void failOverInOrder() {
    // The mock extension closes the three clients after each test.
    client = FailoverClient.of(List.of(kie, sunoapiOrg, sunoapiCom));
  }

  private long calls(String path) {
    return mock.requests().stream().filter(r -> r.path().equals(path)).count();
  }

  @Test
  void submit_moves_to_the_next_provider_when_credits_run_out_and_the_task_is_followed_home() {
    mock.failNext("kie", "generate", 1, "credits");

    TaskId id = client.music().submit(MusicRequest.describe("rain").build());
    MusicTask done = TaskAwaiter.create().await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED)
        .withTimeout(Duration.ofSeconds(20)));

    assertThat(id.provider().value()).isEqualTo("sunoapi-org");
    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(calls("/kie/api/v1/generate")).isEqualTo(1);
    assertThat(calls("/sunoapi-org/api/v1/generate")).isEqualTo(1);
    assertThat(calls("/sunoapi-org/api/v1/generate/record-info")).isPositive();
    assertThat(calls("/kie/api/v1/generate/record-info")).isZero();
  }

  @Test
  void rate_limits_and_maintenance_move_on_through_every_provider() {
    mock.failNext("kie", "generate", 1, "http-429");
    mock.failNext("sunoapi-org", "generate", 1, "maintenance");

    TaskId id = client.music().submit(MusicRequest.describe("rain").build());

    assertThat(id.provider().value()).isEqualTo("sunoapi-com");
    assertThat(calls("/sunoapi-com/api/v1/suno/create")).isEqualTo(1);
  }

  @Test
  void an_error_no_other_provider_can_fix_ends_the_submit_without_trying_the_others() {
    mock.failNext("kie", "generate", 1, "validation");

    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("rain").build()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(calls("/sunoapi-org/api/v1/generate")).isZero();
    assertThat(calls("/sunoapi-com/api/v1/suno/create")).isZero();
  }

  @Test
  void a_track_made_after_a_failover_is_extended_at_the_provider_that_made_it() {
    mock.failNext("kie", "generate", 1, "credits");
    TaskId id = client.music().submit(MusicRequest.describe("rain").build());
    MusicTask done = TaskAwaiter.create().await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED)
        .withTimeout(Duration.ofSeconds(20)));
    TrackId track = done.tracks().get(0).id();

    TaskId extension = client.music().extend(ExtendRequest.keepingSource(track, SunoModel.V4_5));

    assertThat(track.provider().value()).isEqualTo("sunoapi-org");
    assertThat(extension.provider().value()).isEqualTo("sunoapi-org");
    assertThat(calls("/sunoapi-org/api/v1/generate/extend")).isEqualTo(1);
    assertThat(calls("/kie/api/v1/generate/extend")).as("kie is preferred but never made the track").isZero();
  }
}
