package io.github.sunoport.adapter.support;

import static io.github.sunoport.adapter.support.Transports.ENVELOPE;
import static io.github.sunoport.adapter.support.Transports.PROVIDER;
import static io.github.sunoport.adapter.support.Transports.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.TaskNotReadyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopesTest {
  private static Answer answer(int status, String body) {
    return new Answer(status, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  private static SunoException thrownBy(Answer answer) {
    try {
      Envelopes.open(answer, ENVELOPE, TABLE, PROVIDER);
    } catch (SunoException e) {
      return e;
    }
    throw new AssertionError("no exception for " + answer.text());
  }

  @Test
  void returns_the_envelope_of_a_successful_answer() {
    TestEnvelope envelope = Envelopes.open(answer(200, "{\"code\":200,\"msg\":\"success\",\"data\":100}"),
        ENVELOPE, TABLE, PROVIDER);

    assertThat(envelope.data()).isEqualTo(100.0);
    assertThat(envelope.msg()).isEqualTo("success");
  }

  @Test
  void a_body_code_401_under_http_200_is_an_authentication_failure_carrying_both_levels() {
    // when
    SunoException e = thrownBy(answer(200, "{\"code\":401,\"msg\":\"You do not have access permissions\"}"));

    // then
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.httpStatus()).hasValue(200);
    assertThat(e.providerCode()).hasValue(401);
    assertThat(e.providerMessage()).isEqualTo("You do not have access permissions");
    assertThat(e.provider()).contains(PROVIDER);
  }

  @Test
  void an_http_429_with_a_non_json_body_is_rate_limited_with_the_retry_after() {
    // given
    Answer answer = new Answer(429, "<html>Too Many Requests</html>".getBytes(StandardCharsets.UTF_8),
        Optional.of(Duration.ofSeconds(7)));

    // when
    SunoException e = thrownBy(answer);

    // then
    assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
        limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7)));
    assertThat(e.httpStatus()).hasValue(429);
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void an_http_502_html_page_is_a_retryable_server_error_keeping_the_page_start() {
    // given
    String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

    // when
    SunoException e = thrownBy(answer(502, html));

    // then
    assertThat(e).isInstanceOf(ProviderServerException.class);
    assertThat(e.httpStatus()).hasValue(502);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(ProtocolException.class,
        p -> assertThat(p.bodyStart()).isEqualTo(html));
  }

  @Test
  void an_http_500_html_page_is_a_provider_server_error_not_a_protocol_error() {
    SunoException e = thrownBy(answer(500, "<html><body><h1>500 Internal Server Error</h1></body></html>"));

    assertThat(e).isExactlyInstanceOf(ProviderServerException.class);
    assertThat(e.httpStatus()).hasValue(500);
  }

  @ParameterizedTest(name = "HTTP 202 with body {0}")
  @ValueSource(strings = {"", "Accepted", "{\"code\":202,\"msg\":\"processing\"}"})
  void a_still_working_202_without_a_result_is_retryable_not_a_client_error(String body) {
    // given: an envelope, when there is one, whose data is missing
    Answer answer = new Answer(202, body.getBytes(StandardCharsets.UTF_8), Optional.of(Duration.ofSeconds(4)));

    // when
    AnswerMapper<String, Object> seam = new Answers(PROVIDER, TABLE)
        .of(ENVELOPE, (String context, TestEnvelope envelope) -> Answers.required(envelope.data(), "data"));
    SunoException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> seam.read("task", answer), SunoException.class);

    // then
    assertThat(e).isInstanceOf(TaskNotReadyException.class);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(4));
  }

  @Test
  void a_body_code_of_202_with_data_is_read_like_200() {
    TestEnvelope envelope = Envelopes.open(answer(200, "{\"code\":202,\"msg\":\"accepted\",\"data\":\"t1\"}"),
        ENVELOPE, TABLE, PROVIDER);

    assertThat(envelope.data()).isEqualTo("t1");
  }

  @Test
  void an_http_503_page_carries_its_retry_after() {
    Answer answer = new Answer(503, "<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8),
        Optional.of(Duration.ofSeconds(7)));

    SunoException e = thrownBy(answer);

    assertThat(e).isInstanceOf(MaintenanceException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.isRetryable()).isTrue();
  }

  @ParameterizedTest(name = "HTTP {0} with a non-JSON body -> {1}")
  @CsvSource({
      "401, AuthenticationException",
      "404, TaskNotFoundException",
      "455, MaintenanceException",
      "400, InvalidRequestException"})
  void an_http_error_with_a_non_json_body_is_classified_by_its_status(int status, String expected) {
    SunoException e = thrownBy(answer(status, "<html>error</html>"));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.httpStatus()).hasValue(status);
  }

  @Test
  void a_successful_status_with_an_unreadable_body_is_a_non_retryable_protocol_exception() {
    SunoException e = thrownBy(answer(200, "<html>hello</html>"));

    assertThat(e).isInstanceOf(ProtocolException.class);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void an_http_429_is_rate_limited_even_when_the_body_says_200() {
    // given: the platform's limiter answers, not the provider's code table
    SunoException e = thrownBy(answer(429, "{\"code\":200,\"msg\":\"success\"}"));

    // then
    assertThat(e).isInstanceOf(RateLimitedException.class);
    assertThat(e.httpStatus()).hasValue(429);
  }

  @Test
  void an_http_error_with_a_body_error_code_is_classified_by_the_body_code() {
    SunoException e = thrownBy(answer(500, "{\"code\":402,\"msg\":\"Insufficient Credits\"}"));

    assertThat(e).isInstanceOf(InsufficientCreditsException.class);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.providerCode()).hasValue(402);
  }

  @Test
  void a_bare_object_without_a_code_is_a_success() {
    TestEnvelope envelope = Envelopes.open(answer(200, "{\"data\":{\"credits\":5}}"), ENVELOPE, TABLE, PROVIDER);

    assertThat(envelope.code()).isNull();
    assertThat(envelope.data()).isNotNull();
  }

  @ParameterizedTest(name = "unknown body code {0} -> {1}")
  @CsvSource({
      "404, TaskNotFoundException",
      "418, InvalidRequestException",
      "503, MaintenanceException",
      "531, ProviderServerException"})
  void an_unknown_body_code_falls_back_to_its_meaning_as_http_status(int code, String expected) {
    SunoException e = thrownBy(answer(200, "{\"code\":" + code + ",\"msg\":\"?\"}"));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.providerCode()).hasValue(code);
  }

  @Test
  void a_missing_message_becomes_empty_not_null() {
    SunoException e = thrownBy(answer(200, "{\"code\":500}"));

    assertThat(e).isInstanceOf(ProviderServerException.class);
    assertThat(e.providerMessage()).isEmpty();
  }
}
