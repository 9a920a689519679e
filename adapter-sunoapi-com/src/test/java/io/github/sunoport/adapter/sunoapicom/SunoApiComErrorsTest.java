package io.github.sunoport.adapter.sunoapicom;

import static io.github.sunoport.adapter.sunoapicom.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.TaskId;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** sunoapi.com's error answers, unreadable answers, and which calls are retried. */
class SunoApiComErrorsTest {
  private static final TaskId TASK = TaskId.of("sunoapi-com", "b09d79f9-bd8f-4d51-8e8e-a7e1cb22f139");

  @RegisterExtension
  final ComServer com = new ComServer();

  /** The rows of {@code errors.csv}: HTTP status, body code, message, expected exception's simple name. */
  static Stream<Arguments> documentedErrors() {
    return Fixtures.text("errors.csv").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\\|", -1))
        .map(cells -> Arguments.of(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]), cells[2], cells[3]));
  }

  @ParameterizedTest(name = "HTTP {0}, code {1}, \"{2}\" -> {3}")
  @MethodSource("documentedErrors")
  void maps_each_documented_error_to_its_exception(int status, int code, String message, String expected) {
    String body = Fixtures.toJson(Map.of("code", code, "message", message));
    com.answer(new MockResponse().setResponseCode(status).setBody(body));

    assertThatThrownBy(() -> com.client().music().submit(MusicRequest.describe("x").build()))
        .isInstanceOfSatisfying(SunoException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
          assertThat(e.httpStatus()).hasValue(status);
          assertThat(e.providerCode()).hasValue(code);
          assertThat(e.providerMessage()).isEqualTo(message);
        });
    assertThat(com.requestCount()).isEqualTo(1);
  }

  @Test
  void reports_an_html_502_as_a_retryable_server_error_keeping_the_page_start() {
    com.answer(new MockResponse().setResponseCode(502).setBody(Fixtures.text("bad-gateway.html")));

    assertThatThrownBy(() -> com.client().lyrics().submit("x")).isInstanceOfSatisfying(ProviderServerException.class,
        e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.httpStatus()).hasValue(502);
          assertThat(((ProtocolException) e.getSuppressed()[0]).bodyStart())
              .startsWith("<html><head><title>502 Bad Gateway");
        });
  }

  @Test
  void reports_an_empty_200_body_as_a_protocol_error() {
    com.answer(new MockResponse().setResponseCode(200));

    assertThatThrownBy(() -> com.client().lyrics().submit("x")).isInstanceOfSatisfying(ProtocolException.class,
        e -> assertThat(e.getMessage()).contains("empty"));
  }

  @Test
  void reports_wrong_json_types_of_what_an_answer_cannot_do_without_as_protocol_errors() {
    com.answer(json("get-lyrics-wrong-types.json"));
    com.answer(json("get-lyrics-data-array.json"));
    com.answer(json("task-data-string.json"));
    com.answer(json("get-credits-wrong-type.json"));

    // A title sent as an object is left out; the task it belongs to is still read (issue 15).
    assertThat(com.client().lyrics().fetch(TASK).state()).isEqualTo(io.github.sunoport.core.model.TaskState.SUCCEEDED);
    assertThatThrownBy(() -> com.client().lyrics().fetch(TASK)).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> com.client().music().fetch(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("neither an array of clips nor a task object");
    assertThatThrownBy(() -> com.client().account().credits()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("credits");
    assertThat(com.requestCount()).isEqualTo(4);
  }

  @Test
  void retries_reads_on_server_errors_and_rate_limits_until_an_answer_comes() {
    com.answer(new MockResponse().setResponseCode(500).setBody("{\"code\":500,\"message\":\"Internal error.\"}"));
    com.answer(new MockResponse().setResponseCode(429).setBody("{\"code\":429,\"message\":\"Too many.\"}"));
    com.answer(json("get-credits.json"));

    assertThat(com.client().account().credits().remaining()).isEqualByComparingTo("50");
    assertThat(com.requestCount()).isEqualTo(3);
  }

  @Test
  void gives_up_reading_after_the_policy_attempts() {
    for (int i = 0; i < 3; i++) {
      com.answer(new MockResponse().setResponseCode(429).setBody("{\"code\":429,\"message\":\"Too many.\"}"));
    }
    com.answer(json("task-succeeded.json"));

    assertThatThrownBy(() -> com.client().music().fetch(TASK)).isInstanceOf(RateLimitedException.class);
    assertThat(com.requestCount()).isEqualTo(3);
  }

  @Test
  void never_retries_a_create() {
    com.answer(new MockResponse().setResponseCode(500).setBody("{\"code\":500,\"message\":\"Internal error.\"}"));
    com.answer(new MockResponse().setResponseCode(502).setBody(Fixtures.text("bad-gateway.html")));
    com.answer(json("create-created.json"));

    assertThatThrownBy(() -> com.client().music().submit(MusicRequest.describe("x").build()))
        .isInstanceOf(ProviderServerException.class);
    assertThat(com.requestCount()).isEqualTo(1);
    assertThatThrownBy(() -> com.client().lyrics().submit("y")).isInstanceOf(ProviderServerException.class);
    assertThat(com.requestCount()).isEqualTo(2);
  }
}
