package io.github.sunoport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.SunoClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every part of the shared contract stands on: one fixture (one mock) per test class, a fresh client per test
 * with the mock's faults, fates and request log forgotten, and the await options the contract uses. The parts are
 * {@link DerivedOutputsContract}, {@link AudioOperationsContract} and {@link SunoClientContract}, which an adapter's
 * test extends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractSession {
  /** Retries fast enough that a test waiting out three failures stays short. */
  static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 2.0, Duration.ofSeconds(2));

  private ContractFixture fixture;
  private SunoClient client;

  /** Starts the mock and returns the fixture; called once before the tests. */
  protected abstract ContractFixture createFixture();

  @BeforeAll
  final void startFixture() {
    fixture = createFixture();
  }

  @AfterAll
  final void stopFixture() {
    fixture.close();
  }

  @BeforeEach
  final void openClient() {
    fixture.reset();
    client = fixture.open(FAST_RETRIES);
  }

  @AfterEach
  final void closeClient() {
    client.close();
  }

  final ContractFixture fixture() {
    return fixture;
  }

  final SunoClient client() {
    return client;
  }

  /** Awaits success for at most 30 seconds, telling {@code seen} every state met on the way. */
  static AwaitOptions untilDone(List<Task> seen) {
    return AwaitOptions.until(TaskState.SUCCEEDED)
        .withTimeout(Duration.ofSeconds(30))
        .withIntervals(Duration.ofMillis(40), Duration.ofMillis(200), Duration.ofMillis(20))
        .withListener(seen::add);
  }

  /** Checks that the states seen never went back, and that the last one was success. */
  static void assertProgressInOrder(List<Task> seen) {
    assertThat(seen).isNotEmpty();
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).state().hasReached(seen.get(i - 1).state()))
          .as("state %s seen after %s", seen.get(i).state(), seen.get(i - 1).state()).isTrue();
    }
    assertThat(seen.get(seen.size() - 1).state()).isEqualTo(TaskState.SUCCEEDED);
  }

  final TaskId id(String value) {
    return new TaskId(client.provider(), value);
  }

  final TrackId track(String value) {
    return new TrackId(client.provider(), value);
  }

  /** How many requests reached the mock, over every operation the fixture counts. */
  final long requestsSoFar() {
    long total = 0;
    for (ContractFixture.Operation operation : ContractFixture.Operation.values()) {
      total += fixture.requestsTo(operation);
    }
    return total;
  }
}
