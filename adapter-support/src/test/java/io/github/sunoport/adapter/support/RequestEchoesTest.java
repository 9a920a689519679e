package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.RequestEcho;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestEchoesTest {
  private final RequestEchoes echoes = new RequestEchoes(Transports.MOSHI);

  @Test
  void reads_a_json_object_inside_a_string() {
    // given
    String param = "{\"prompt\":\"A calm piano track\",\"customMode\":true,\"model\":\"V3_5\",\"styleWeight\":0.65}";

    // when
    RequestEcho echo = echoes.read(param);

    // then
    assertThat(echo.raw()).isEqualTo(param);
    assertThat(echo.prompt()).contains("A calm piano track");
    assertThat(echo.fields()).containsEntry("customMode", true).containsEntry("model", "V3_5")
        .containsEntry("styleWeight", 0.65);
  }

  @Test
  void reads_nested_json_and_leaves_nulls_out() {
    RequestEcho echo = echoes.read("{\"a\":{\"b\":[1,null,\"c\"]},\"n\":null}");

    assertThat(echo.fields()).containsOnlyKeys("a");
    assertThat(echo.fields().get("a")).isEqualTo(Map.of("b", List.of(1.0, "c")));
  }

  @Test
  void keeps_an_object_already_parsed_and_renders_it_as_raw() {
    Map<String, Object> param = new LinkedHashMap<>();
    param.put("prompt", "hi");
    param.put("instrumental", false);

    RequestEcho echo = echoes.read(param);

    assertThat(echo.prompt()).contains("hi");
    assertThat(echo.fields()).containsEntry("instrumental", false);
    assertThat(echo.raw()).isEqualTo("{\"prompt\":\"hi\",\"instrumental\":false}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"prompt\":", "{prompt: 'x'}", "{\"a\":1}}}", "", "   ", "[1,2]", "null"})
  void keeps_garbage_raw_with_no_fields(String param) {
    RequestEcho echo = echoes.read(param);

    assertThat(echo.raw()).isEqualTo(param);
    assertThat(echo.fields()).isEmpty();
  }

  @Test
  void keeps_a_number_or_a_list_raw() {
    assertThat(echoes.read(42.0)).isEqualTo(RequestEcho.of("42", Map.of()));
    assertThat(echoes.read(List.of("a", "b"))).isEqualTo(RequestEcho.of("[\"a\",\"b\"]", Map.of()));
  }

  @Test
  void null_is_the_empty_echo() {
    assertThat(echoes.read(null)).isEqualTo(RequestEcho.empty());
  }

  @Test
  void does_not_parse_a_huge_string() {
    String huge = "{\"prompt\":\"" + "x".repeat(300 * 1024) + "\"}";

    RequestEcho echo = echoes.read(huge);

    assertThat(echo.raw()).hasSize(huge.length());
    assertThat(echo.fields()).isEmpty();
  }

  @Test
  void survives_deeply_nested_json() {
    String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);

    RequestEcho echo = echoes.read(deep);

    assertThat(echo.raw()).isEqualTo(deep);
    assertThat(echo.fields()).isEmpty();
  }

  @Test
  void an_echoed_json_text_is_read_only_when_its_fields_are_asked_for() {
    RequestEcho echo = new RequestEchoes(Transports.MOSHI).read("{\"prompt\":\"rain\",\"n\":null}");

    assertThat(echo.raw()).isEqualTo("{\"prompt\":\"rain\",\"n\":null}");
    assertThat(echo.prompt()).contains("rain");
    assertThat(echo.fields()).containsOnlyKeys("prompt");
    assertThat(echo.fields()).isSameAs(echo.fields());
  }

  @Test
  void an_unreadable_echoed_object_has_no_fields_but_keeps_its_text() {
    RequestEcho echo = new RequestEchoes(Transports.MOSHI).read("{garbage");

    assertThat(echo.fields()).isEmpty();
    assertThat(echo.raw()).isEqualTo("{garbage");
  }

  @Test
  void echoes_are_equal_by_text_and_fields_however_they_were_made() {
    RequestEcho lazy = new RequestEchoes(Transports.MOSHI).read("{\"a\":\"b\"}");
    RequestEcho eager = RequestEcho.of("{\"a\":\"b\"}", Map.of("a", "b"));

    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy).isNotEqualTo(RequestEcho.of("{\"a\":\"b\"}", Map.of()));
  }
}
