package io.github.sunoport.mock;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How callbacks are delivered. The providers document a 15 s timeout per attempt and give up after 3 failed
 * retries; their retry spacing (1, 5, 15 minutes) is scaled down to 1, 5, 15 seconds by default, since a mock's
 * users should not wait a quarter of an hour.
 *
 * @param webhookKey kie.ai's webhook HMAC key: when set, kie callbacks carry signature headers
 * @param timeout the time one attempt may take
 * @param retryDelays the wait before each retry; its size is the number of retries
 * @param allowedHosts host names or addresses allowed besides loopback
 */
record CallbackSettings(String webhookKey, Duration timeout, List<Duration> retryDelays, Set<String> allowedHosts) {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
  static final List<Duration> DEFAULT_RETRY_DELAYS =
      List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15));
}
