package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestEchoTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  @Test
  void copies_nested_maps_and_lists_deeply_and_immutably() {
    List<Object> tags = new ArrayList<>(List.of("rock"));
    Map<String, Object> nested = new HashMap<>(Map.of("tags", tags));
    Map<String, Object> fields = new HashMap<>(Map.of("prompt", "rain", "nested", nested));

    RequestEcho echo = RequestEcho.of("{...}", fields);
    fields.put("extra", "x");
    nested.put("more", "y");
    tags.add("pop");

    assertThat(echo.fields()).containsOnlyKeys("prompt", "nested");
    Map<String, Object> copiedNested = map(echo.fields().get("nested"));
    assertThat(copiedNested).containsOnlyKeys("tags");
    List<Object> copiedTags = list(copiedNested.get("tags"));
    assertThat(copiedTags).containsExactly("rock");
    assertThatThrownBy(() -> echo.fields().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copiedNested.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copiedTags.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leaves_nulls_out_at_every_level() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("gone", null);
    nested.put("list", Arrays.asList("a", null, "b"));
    Map<String, Object> fields = new HashMap<>();
    fields.put("callBackUrl", null);
    fields.put(null, "no key");
    fields.put("nested", nested);

    RequestEcho echo = RequestEcho.of("", fields);

    assertThat(echo.fields()).containsOnlyKeys("nested");
    assertThat(map(echo.fields().get("nested"))).containsOnlyKeys("list");
    assertThat(list(map(echo.fields().get("nested")).get("list"))).containsExactly("a", "b");
  }

  @Test
  void keeps_field_order() {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("z", "1");
    fields.put("a", "2");
    fields.put("m", "3");

    assertThat(RequestEcho.of("", fields).fields().keySet()).containsExactly("z", "a", "m");
  }

  @Test
  void prompt_is_the_string_prompt_field() {
    assertThat(RequestEcho.of("{\"prompt\":\"run away\"}", Map.of("prompt", "run away")).prompt()).contains("run away");
    assertThat(RequestEcho.of("", Map.of("prompt", 42.0)).prompt()).isEmpty();
    assertThat(RequestEcho.empty().prompt()).isEmpty();
  }

  @Test
  void string_reads_only_string_fields() {
    RequestEcho echo = RequestEcho.of("", Map.of("model", "V4_5", "instrumental", Boolean.TRUE));

    assertThat(echo.string("model")).contains("V4_5");
    assertThat(echo.string("instrumental")).isEmpty();
    assertThat(echo.string("missing")).isEmpty();
  }

  @Test
  void keeps_the_raw_text() {
    assertThat(RequestEcho.of("not json", Map.of()).raw()).isEqualTo("not json");
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException().isThrownBy(() -> RequestEcho.of(null, Map.of())).withMessage("raw == null");
    assertThatNullPointerException().isThrownBy(() -> RequestEcho.of("", null)).withMessage("fields == null");
  }
}
