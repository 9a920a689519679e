package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.ProviderId;
import org.junit.jupiter.api.Test;

class PromptTooLongExceptionTest {
  private static final ErrorDetails DETAILS = ErrorDetails.of(ProviderId.of("sunoapi-org"));

  @Test
  void tells_the_limit_and_the_field() {
    PromptTooLongException e = new PromptTooLongException("prompt is 201 characters", "prompt", 200, DETAILS);

    assertThat(e.limit()).hasValue(200);
    assertThat(e.field()).contains("prompt");
    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void limit_is_empty_when_unknown() {
    assertThat(new PromptTooLongException("too long", "style", -1, DETAILS).limit()).isEmpty();
  }
}
