package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TolerantTextTest {
  /** A wire record with an essential id and two fields that are not. */
  public record Clip(String id, @TolerantText String tags, @TolerantText String title) {}

  private static final JsonAdapter<Clip> CLIPS =
      new Moshi.Builder().add(TolerantText.ADAPTER).build().adapter(Clip.class);

  @ParameterizedTest(name = "tags {0}")
  @CsvSource(delimiter = '|', value = {
      "\"pop, rock\"          | pop, rock",
      "[\"pop\", \"rock\"]    | pop, rock",
      "[\"pop\", 7, {}, \" \"] | pop, 7",
      "2024                  | 2024",
      "[]                    | ''"})
  void reads_text_sent_as_a_string_a_number_or_an_array(String json, String expected) throws IOException {
    Clip clip = CLIPS.fromJson("{\"id\":\"c1\",\"tags\":" + json + ",\"title\":\"Rain\"}");

    assertThat(clip.tags()).isEqualTo(expected);
    assertThat(clip.title()).isEqualTo("Rain");
  }

  @ParameterizedTest(name = "title {0}")
  @CsvSource(delimiter = '|', value = {"{\"en\":\"Rain\"}", "true", "null"})
  void reads_an_object_a_boolean_or_null_as_absent_and_keeps_the_rest(String json) throws IOException {
    Clip clip = CLIPS.fromJson("{\"id\":\"c1\",\"tags\":\"pop\",\"title\":" + json + "}");

    assertThat(clip.title()).isNull();
    assertThat(clip.id()).isEqualTo("c1");
    assertThat(clip.tags()).isEqualTo("pop");
  }

  @Test
  void an_essential_field_of_the_wrong_type_still_fails_loudly() {
    assertThatThrownBy(() -> CLIPS.fromJson("{\"id\":{\"v\":1},\"tags\":\"pop\"}"))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void writes_the_text_as_a_string() {
    assertThat(CLIPS.toJson(new Clip("c1", "pop", null))).isEqualTo("{\"id\":\"c1\",\"tags\":\"pop\"}");
  }
}
