package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.ProviderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolExceptionTest {
  private static final ProviderId KIE = ProviderId.of("kie");

  @Test
  void keeps_the_first_200_characters_of_the_body() {
    String body = "<html>" + "x".repeat(194) + "REST-OF-PAGE" + "y".repeat(300);

    ProtocolException e = new ProtocolException("not JSON", ErrorDetails.of(KIE, 502, null, null), body, null);

    assertThat(e.bodyStart()).isEqualTo(body.substring(0, 200) + "...");
    assertThat(e.getMessage()).contains("the body starts with: <html>").doesNotContain("REST-OF-PAGE");
  }

  @Test
  void keeps_a_short_body_whole() {
    ProtocolException e = new ProtocolException("bad shape", ErrorDetails.of(KIE), "{\"code\":200}", null);

    assertThat(e.bodyStart()).isEqualTo("{\"code\":200}");
  }

  @Test
  void replaces_control_characters_of_the_body_in_the_message() {
    ProtocolException e = new ProtocolException("not JSON", ErrorDetails.of(KIE), "<html>\r\n<body>\u0000", null);

    assertThat(e.getMessage()).contains("<html>  <body> ").doesNotContain("\n", "\u0000");
    assertThat(e.bodyStart()).isEqualTo("<html>\r\n<body>\u0000");
  }

  @Test
  void adds_nothing_about_a_body_it_does_not_have() {
    // The summary says what was wrong; "the body was empty" beside "the body is too large" or "no final answer"
    // contradicted it.
    ProtocolException noBody = new ProtocolException("no answer", ErrorDetails.of(KIE, 200, null, null), null, null);

    assertThat(noBody.bodyStart()).isEmpty();
    assertThat(noBody.getMessage()).isEqualTo("no answer (kie, HTTP 200)");
  }

  @ParameterizedTest(name = "HTTP {0} -> retryable={1}")
  @CsvSource({"500, true", "502, true", "504, true", "599, true", "200, false", "404, false", "499, false"})
  void is_retryable_only_after_a_5xx(int status, boolean retryable) {
    assertThat(new ProtocolException("x", ErrorDetails.of(KIE, status, null, null), "", null).isRetryable())
        .isEqualTo(retryable);
  }

  @Test
  void is_not_retryable_without_a_status() {
    assertThat(new ProtocolException("x", ErrorDetails.of(KIE), "", null).isRetryable()).isFalse();
  }
}
