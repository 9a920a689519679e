package io.github.sunoport.examples.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerListenerTest {
  @Test
  void records_a_timer_per_exchange_retries_and_await_polls_against_the_mock() {
    // given
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerListener listener = new MicrometerListener(registry);
    try (MockServer mock = MockServer.builder().timeline(Duration.ZERO).build().start();
        SunoClient client = SunoProviders.open("kie", ProviderSettings.builder().apiKey("test-key")
            .baseUrl(mock.baseUrl("kie")).defaultCallbackUrl(URI.create("https://app.example/cb"))
            .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, Duration.ofSeconds(1)))
            .listener(listener).build())) {
      TaskAwaiter awaiter = TaskAwaiter.builder().listener(listener).build();

      // when
      TaskId id = client.lyrics().submit("a song about rain");
      awaiter.await(client.lyrics()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED)
          .withIntervals(Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(10)));
      mock.admin().failNext("kie", "credits", 1, "http-502");
      client.account().credits();
    }

    // then
    assertThat(registry.get("sunoport.http").tag("operation", "submitLyrics").tag("outcome", "success").timer()
        .count()).isEqualTo(1);
    assertThat(registry.get("sunoport.http").tag("operation", "credits").tag("outcome", "success").timer().count())
        .isEqualTo(1);
    assertThat(registry.get("sunoport.http").tag("operation", "credits").tag("status", "502").timer().count())
        .isEqualTo(1);
    assertThat(registry.get("sunoport.http.retries").tag("operation", "credits").counter().count()).isEqualTo(1.0);
    assertThat(registry.get("sunoport.await.polls").tag("outcome", "done").counter().count()).isEqualTo(1.0);
  }
}
