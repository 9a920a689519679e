package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.model.ProviderId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitedExceptionTest {
  private static final ErrorDetails DETAILS = ErrorDetails.of(ProviderId.of("kie"), 429, 429, "too many");

  @Test
  void keeps_the_retry_after_when_sent() {
    RateLimitedException e = new RateLimitedException("slow down", DETAILS, Optional.of(Duration.ofSeconds(20)));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void retry_after_is_empty_when_not_sent() {
    assertThat(new RateLimitedException("slow down", DETAILS, Optional.empty()).retryAfter()).isEmpty();
  }

  @Test
  void rejects_null_retry_after() {
    assertThatNullPointerException().isThrownBy(() -> new RateLimitedException("x", DETAILS, null))
        .withMessage("retryAfter == null");
  }
}
