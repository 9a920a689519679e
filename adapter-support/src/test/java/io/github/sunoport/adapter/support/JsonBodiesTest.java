package io.github.sunoport.adapter.support;

import static io.github.sunoport.adapter.support.Transports.ENVELOPE;
import static io.github.sunoport.adapter.support.Transports.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.SunoException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonBodiesTest {
  /** A record with typed fields, so that wrong types reach Moshi's data checks. */
  public record Typed(int code, List<String> tags) {}

  private static final JsonAdapter<Typed> TYPED = Transports.MOSHI.adapter(Typed.class);

  private static Answer answer(String body) {
    return new Answer(200, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  static Stream<Arguments> unreadable_bodies() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("JSON null", "null"),
        Arguments.of("truncated", "{\"code\":200,\"msg\":\"succ"),
        Arguments.of("an array", "[{\"code\":200}]"),
        Arguments.of("a string", "\"hello\""),
        Arguments.of("not JSON", "<html>hi</html>"),
        Arguments.of("1,000-deep nesting", "{\"data\":".repeat(1000) + "1" + "}".repeat(1000)),
        Arguments.of("1,000-deep arrays", "{\"data\":" + "[".repeat(1000) + "]".repeat(1000) + "}"),
        Arguments.of("trailing garbage", "{\"code\":200} {\"code\":401}"),
        Arguments.of("code as an object", "{\"code\":{\"value\":200}}"),
        Arguments.of("code as a decimal", "{\"code\":200.5}"),
        Arguments.of("code out of int range", "{\"code\":99999999999}"),
        Arguments.of("msg as an array", "{\"code\":200,\"msg\":[1,2]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable_bodies")
  void every_unreadable_body_is_a_protocol_exception_with_a_bounded_message(String what, String body) {
    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonBodies.parse(answer(body), ENVELOPE, PROVIDER));

    // then
    assertThat(thrown).isExactlyInstanceOf(ProtocolException.class);
    assertThat(thrown.getMessage()).hasSizeLessThan(1_000);
    assertThat(((SunoException) thrown).httpStatus()).hasValue(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable_bodies")
  void messages_say_what_was_wrong_in_plain_words_without_the_json_library_s_internals(String what, String body) {
    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonBodies.parse(answer(body), ENVELOPE, PROVIDER));

    // then: the summary (before the body start) names no class, token or API of the JSON library
    String message = thrown.getMessage();
    String summary = message.contains("; the body") ? message.substring(0, message.indexOf("; the body")) : message;
    assertThat(summary).doesNotContain("setLenient", "JsonReader", "BEGIN_", "END_", "Exception", "java.", "moshi");
  }

  @Test
  void a_body_that_is_not_json_says_so_and_where() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonBodies.parse(answer("<html>hi</html>"), ENVELOPE, PROVIDER));

    assertThat(thrown).hasMessageStartingWith("the body is not well-formed JSON: malformed JSON at path $");
  }

  @Test
  void a_body_of_another_shape_names_what_was_expected_and_found() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonBodies.parse(answer("\"hello\""), ENVELOPE, PROVIDER));

    assertThat(thrown).hasMessageStartingWith(
        "the body is JSON of another shape than expected: Expected an object but was a string at path $");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrong_types")
  void wrong_types_for_typed_fields_are_protocol_exceptions(String what, String body) {
    assertThatThrownBy(() -> JsonBodies.parse(answer(body), TYPED, PROVIDER))
        .isExactlyInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
  }

  static Stream<Arguments> wrong_types() {
    return Stream.of(
        Arguments.of("string for int", "{\"code\":\"abc\",\"tags\":[]}"),
        Arguments.of("null for int", "{\"code\":null,\"tags\":[]}"),
        Arguments.of("object for list", "{\"code\":1,\"tags\":{}}"),
        Arguments.of("number in string list", "{\"code\":1,\"tags\":[{}]}"),
        Arguments.of("boolean for int", "{\"code\":true,\"tags\":[]}"));
  }

  @Test
  void keeps_the_start_of_the_body_for_diagnosis() {
    String body = "{\"code\":200,\"msg\":\"succ" + "x".repeat(5_000);

    assertThatThrownBy(() -> JsonBodies.parse(answer(body), ENVELOPE, PROVIDER))
        .isInstanceOfSatisfying(ProtocolException.class,
            e -> assertThat(e.bodyStart()).startsWith("{\"code\":200").hasSizeLessThanOrEqualTo(203));
  }

  @Test
  void parses_a_well_formed_body_and_ignores_unknown_fields() {
    TestEnvelope envelope = JsonBodies.parse(answer("{\"code\":200,\"msg\":\"ok\",\"extra\":{\"a\":[1]},\"data\":\"d\"}"),
        ENVELOPE, PROVIDER);

    assertThat(envelope).isEqualTo(new TestEnvelope(200, "ok", "d"));
  }
}
