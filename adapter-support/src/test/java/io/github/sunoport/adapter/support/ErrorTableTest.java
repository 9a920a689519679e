package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.SunoException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorTableTest {
  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
      "400, INVALID_REQUEST", "401, AUTHENTICATION", "403, INVALID_REQUEST", "404, TASK_NOT_FOUND",
      "422, INVALID_REQUEST", "429, RATE_LIMITED", "455, MAINTENANCE", "500, SERVER_ERROR", "502, SERVER_ERROR",
      "503, MAINTENANCE", "504, SERVER_ERROR"})
  void by_status_sorts_http_statuses(int status, ErrorKind expected) {
    assertThat(ErrorTable.byStatus(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}, retryable {2}")
  @CsvSource({
      "AUTHENTICATION, AuthenticationException, false",
      "INSUFFICIENT_CREDITS, InsufficientCreditsException, false",
      "RATE_LIMITED, RateLimitedException, true",
      "INVALID_REQUEST, InvalidRequestException, false",
      "PROMPT_TOO_LONG, PromptTooLongException, false",
      "CONTENT_REJECTED, ContentRejectedException, false",
      "FILE_FETCH_FAILED, InvalidRequestException, false",
      "TASK_NOT_FOUND, TaskNotFoundException, false",
      "MAINTENANCE, MaintenanceException, true",
      "SERVER_ERROR, ProviderServerException, true"})
  void each_kind_becomes_its_core_exception_with_the_details(ErrorKind kind, String type, boolean retryable) {
    // given
    ErrorDetails details = ErrorDetails.of(Transports.PROVIDER, 200, 999, "provider says no");

    // when
    SunoException e = kind.toException(details, Optional.of(Duration.ofSeconds(3)));

    // then
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.isRetryable()).isEqualTo(retryable);
    assertThat(e.details()).isEqualTo(details);
    assertThat(e.getMessage()).contains("provider says no");
  }
}
