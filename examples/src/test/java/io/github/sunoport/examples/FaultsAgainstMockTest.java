package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.await.TaskFetcher;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.failover.FailoverClient;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.junit.MockServerExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Await and failover keep their promises while the mock answers a share of calls with maintenance, rate limits
 * (including HTTP 429 with Retry-After), 500s and proxy pages: tasks complete, none is reported failed because of a
 * transient error, none is created twice.
 */
class FaultsAgainstMockTest {
  /** Fixed, so the mock's fault schedule per route is the same on every run. */
  private static final long SEED = 0xFA17L;
  private static final double FAULTY_SHARE = 0.3;
  private static final String[] TRANSIENT = {"maintenance", "rate-limited", "frequency", "http-429", "server-error",
      "http-502", "http-503"};
  private static final Map<String, List<String>> FETCH_ROUTES = Map.of(
      "kie", List.of("lyrics-record-info", "generate-record-info"),
      "sunoapi-org", List.of("lyrics-record-info", "generate-record-info"),
      "sunoapi-com", List.of("get-lyrics", "task"));
  private static final RetryPolicy RETRIES =
      new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40), 2.0, Duration.ofSeconds(2));
  private static final AwaitOptions AWAIT = AwaitOptions.until(TaskState.SUCCEEDED).withTimeout(Duration.ofSeconds(60))
      .withIntervals(Duration.ofMillis(60), Duration.ofMillis(250), Duration.ofMillis(20));
  private static final int TASKS_PER_PROVIDER = 8;

  @RegisterExtension
  static final MockServerExtension MOCK = MockServerExtension.builder().timeline(Duration.ofMillis(300)).build();

  @BeforeEach
  void faultAShareOfEveryFetch() {
    long seed = SEED;
    for (Map.Entry<String, List<String>> provider : FETCH_ROUTES.entrySet()) {
      for (String route : provider.getValue()) {
        MOCK.admin().failRandomly(provider.getKey(), route, FAULTY_SHARE, seed++, TRANSIENT);
      }
    }
  }

  private static SunoClient open(String provider) {
    return SunoProviders.open(provider, ProviderSettings.builder().apiKey("test-key")
        .baseUrl(MOCK.baseUrl(provider)).retryPolicy(RETRIES)
        .defaultCallbackUrl(URI.create("http://127.0.0.1:9/cb")).build());
  }

  private static long requests(String provider, String pathPart) {
    return MOCK.admin().requests().stream()
        .filter(r -> r.path().startsWith("/" + provider + "/") && r.path().contains(pathPart)).count();
  }

  @Test
  void every_task_of_every_provider_succeeds_while_a_third_of_the_polls_fail_transiently() {
    for (String provider : FETCH_ROUTES.keySet()) {
      try (SunoClient client = open(provider)) {
        // given
        AtomicInteger fetches = new AtomicInteger();
        TaskFetcher<MusicTask> music = id -> {
          fetches.incrementAndGet();
          return client.music().fetch(id);
        };
        List<TaskId> musicIds = new ArrayList<>();
        List<TaskId> lyricsIds = new ArrayList<>();
        for (int i = 0; i < TASKS_PER_PROVIDER; i++) {
          musicIds.add(client.music().submit(MusicRequest.describe("rain, take " + i).build()));
          lyricsIds.add(client.lyrics().submit(LyricsRequest.of("rain, verse " + i)));
        }

        // when
        List<CompletableFuture<? extends Task>> awaited = new ArrayList<>();
        musicIds.forEach(id -> awaited.add(TaskAwaiter.create().awaitAsync(music, id, AWAIT)));
        lyricsIds.forEach(id -> awaited.add(TaskAwaiter.create().awaitAsync(client.lyrics()::fetch, id, AWAIT)));
        List<Task> done = awaited.stream().<Task>map(CompletableFuture::join).toList();

        // then
        assertThat(done).as(provider).hasSize(2 * TASKS_PER_PROVIDER)
            .allSatisfy(task -> assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED));
        String musicFetchPath = provider.equals("sunoapi-com") ? "/suno/task/" : "/generate/record-info";
        assertThat(requests(provider, musicFetchPath))
            .as("%s: one request per poll, faulted polls retried by the awaiter alone", provider)
            .isEqualTo(fetches.get());
      }
    }
  }

  @Test
  void a_task_that_really_fails_is_still_reported_failed_among_transient_faults() {
    try (SunoClient client = open("kie")) {
      // given
      MOCK.admin().nextTaskFate("kie", "GENERATE_AUDIO_FAILED");
      TaskId id = client.music().submit(MusicRequest.describe("rain").build());

      // when
      MusicTask done = TaskAwaiter.create().await(client.music()::fetch, id, AWAIT);

      // then
      assertThat(done.state()).isEqualTo(TaskState.FAILED);
      assertThat(done.failure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED));
    }
  }

  @Test
  void failover_creates_every_task_exactly_once_while_creates_and_polls_fail_transiently() {
    // given: the first four creates at kie fail, and the first two of those that move on to sunoapi.org
    int submits = 10;
    MOCK.admin().failNext("kie", "generate", 1, "maintenance").failNext("kie", "generate", 1, "http-429")
        .failNext("kie", "generate", 1, "server-error").failNext("kie", "generate", 1, "rate-limited");
    MOCK.admin().failNext("sunoapi-org", "generate", 1, "credits").failNext("sunoapi-org", "generate", 1, "frequency");
    try (FailoverClient client = FailoverClient.of(List.of(open("kie"), open("sunoapi-org"), open("sunoapi-com")))) {

      // when
      List<TaskId> ids = new ArrayList<>();
      for (int i = 0; i < submits; i++) {
        ids.add(client.music().submit(MusicRequest.describe("rain, take " + i).build()));
      }
      List<MusicTask> done = ids.stream()
          .map(id -> TaskAwaiter.create().awaitAsync(client.music()::fetch, id, AWAIT)).toList().stream()
          .map(CompletableFuture::join).toList();

      // then
      assertThat(new HashSet<>(ids)).hasSize(submits);
      assertThat(ids.stream().filter(id -> id.provider().value().equals("kie"))).hasSize(6);
      assertThat(ids.stream().filter(id -> id.provider().value().equals("sunoapi-org"))).hasSize(2);
      assertThat(ids.stream().filter(id -> id.provider().value().equals("sunoapi-com"))).hasSize(2);
      assertThat(createCalls("kie", "/api/v1/generate")).as("creates sent to kie").isEqualTo(submits);
      assertThat(createCalls("sunoapi-org", "/api/v1/generate")).as("creates sent to sunoapi.org").isEqualTo(4);
      assertThat(createCalls("sunoapi-com", "/api/v1/suno/create")).as("creates sent to sunoapi.com").isEqualTo(2);
      assertThat(done).allSatisfy(task -> assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED));
    }
  }

  private static long createCalls(String provider, String path) {
    return MOCK.admin().requests().stream().filter(r -> r.path().equals("/" + provider + path)).count();
  }
}
