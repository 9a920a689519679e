package io.github.sunoport.adapter.support;

import static io.github.sunoport.adapter.support.Transports.ENVELOPE;
import static io.github.sunoport.adapter.support.Transports.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswersTest {
  private static final ErrorTable TABLE =
      (code, message) -> code == 401 ? Optional.of(ErrorKind.AUTHENTICATION) : Optional.empty();
  private final Answers answers = new Answers(PROVIDER, TABLE);

  private static Answer answer(String body) {
    return new Answer(200, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  @Test
  void maps_the_opened_envelope_with_the_context_of_the_call() {
    AnswerMapper<String, String> reader = answers.of(ENVELOPE, (context, e) -> context + ":" + e.data());

    assertThat(reader.read("task-1", answer("{\"code\":200,\"msg\":\"ok\",\"data\":\"d\"}"))).isEqualTo("task-1:d");
  }

  @Test
  void an_error_code_is_thrown_before_the_mapping_runs() {
    AtomicInteger mapped = new AtomicInteger();
    AnswerMapper<Object, Object> reader = answers.of(ENVELOPE, (context, e) -> mapped.incrementAndGet());

    assertThatThrownBy(() -> reader.read(null, answer("{\"code\":401,\"msg\":\"bad key\"}")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(mapped).hasValue(0);
  }

  @Test
  void a_missing_field_is_a_protocol_error_naming_it_and_carrying_the_body() {
    AnswerMapper<Object, Object> reader = answers.of(ENVELOPE, (context, e) -> Answers.required(e.data(), "data"));

    assertThatThrownBy(() -> reader.read(null, answer("{\"code\":200}")))
        .isInstanceOfSatisfying(ProtocolException.class, e -> {
          assertThat(e).hasMessageContaining("lacks data");
          assertThat(e.bodyStart()).isEqualTo("{\"code\":200}");
        });
  }

  @Test
  void a_mapping_that_gives_nothing_is_a_protocol_error() {
    AnswerMapper<Object, Object> reader = answers.of(ENVELOPE, (context, e) -> null);

    assertThatThrownBy(() -> reader.read(null, answer("{\"code\":200}"))).isExactlyInstanceOf(ProtocolException.class);
  }

  @Test
  void values_the_domain_refuses_become_protocol_errors() {
    AnswerMapper<Object, Object> blank = answers.of(ENVELOPE, (context, e) -> {
      throw new IllegalArgumentException("track id is blank");
    });
    AnswerMapper<Object, Object> missing = answers.of(ENVELOPE, (context, e) -> {
      throw new NullPointerException("title == null");
    });

    assertThatThrownBy(() -> blank.read(null, answer("{}"))).isExactlyInstanceOf(ProtocolException.class)
        .hasMessageContaining("track id is blank");
    assertThatThrownBy(() -> missing.read(null, answer("{}"))).isExactlyInstanceOf(ProtocolException.class)
        .hasMessageContaining("title == null");
  }

  @Test
  void a_bug_of_ours_is_not_disguised_as_the_providers_fault() {
    AnswerMapper<Object, Object> reader = answers.of(ENVELOPE, (context, e) -> {
      throw new IllegalStateException("a bug of ours");
    });

    assertThatThrownBy(() -> reader.read(null, answer("{}"))).isExactlyInstanceOf(IllegalStateException.class);
  }

  @Test
  void required_passes_values_through_and_text_treats_blank_as_absent() {
    assertThat(Answers.required("x", "data")).isEqualTo("x");
    assertThat(Answers.text(" ")).isEmpty();
    assertThat(Answers.text(null)).isEmpty();
    assertThat(Answers.text("id")).contains("id");
  }
}
