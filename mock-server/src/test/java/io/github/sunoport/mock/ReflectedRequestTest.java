package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Created tasks show their own request: a title from the title or the prompt, and the prompt in the lyrics. */
class ReflectedRequestTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final MockServer server =
      MockServer.builder().timeline(Duration.ofSeconds(6)).clock(clock).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void created_lyrics_are_titled_after_the_prompt_and_quote_it_for_both_families() {
    for (String provider : new String[] {"kie", "sunoapi-org"}) {
      // given
      String id = created(http.post(provider, "api/v1/lyrics",
          "{\"prompt\":\"a song about rain\",\"callBackUrl\":\"https://app.example/cb\"}"), "taskId");
      clock.advance(Duration.ofSeconds(6));

      // when
      HttpResponse<String> response = http.get(provider, "api/v1/lyrics/record-info?taskId=" + id);

      // then
      Schemas.assertValid("family-lyrics-record-info.schema.json", response.body());
      JsonNode variant = Schemas.tree(response.body()).get("data").get("response").get("lyricsData").get(0);
      assertThat(variant.get("title").asString()).isEqualTo("A Song About Rain");
      assertThat(variant.get("text").asString()).startsWith("[Verse]\na song about rain\n").contains("[Chorus]");
    }
  }

  @Test
  void created_music_without_custom_mode_is_titled_after_its_description_and_sings_it() {
    // given
    String id = created(http.post("kie", "api/v1/generate", "{\"prompt\":\"a song about rain in the city at night\","
        + "\"customMode\":false,\"instrumental\":false,\"model\":\"V4\",\"callBackUrl\":\"https://app.example/cb\"}"),
        "taskId");
    clock.advance(Duration.ofSeconds(6));

    // when
    JsonNode track = Schemas.tree(http.get("kie", "api/v1/generate/record-info?taskId=" + id).body())
        .get("data").get("response").get("sunoData").get(0);

    // then: at most six words of the description make the title
    assertThat(track.get("title").asString()).isEqualTo("A Song About Rain In The");
    assertThat(track.get("prompt").asString()).contains("a song about rain in the city at night");
  }

  @Test
  void a_requested_title_wins_over_the_prompt_on_sunoapi_com() {
    // given
    String id = created(http.post("sunoapi-com", "api/v1/suno/create", "{\"custom_mode\":false,"
        + "\"gpt_description_prompt\":\"a song about rain\",\"title\":\"Rainy Days\",\"mv\":\"chirp-v4\"}"),
        "task_id");
    clock.advance(Duration.ofSeconds(6));

    // when
    JsonNode clip = Schemas.tree(http.get("sunoapi-com", "api/v1/suno/task/" + id).body()).get("data").get(0);

    // then
    assertThat(clip.get("title").asString()).isEqualTo("Rainy Days");
    assertThat(clip.get("lyrics").asString()).contains("a song about rain");
  }

  @Test
  void created_sunoapi_com_lyrics_reflect_the_prompt_while_the_documented_id_keeps_its_example() {
    // given
    String id = created(http.post("sunoapi-com", "api/v1/suno/make-lyrics", "{\"prompt\":\"a song about rain\"}"),
        "task_id");
    clock.advance(Duration.ofSeconds(6));

    // when
    JsonNode created = Schemas.tree(http.get("sunoapi-com", "api/v1/suno/get-lyrics/" + id).body()).get("data");
    String documented = http.get("sunoapi-com", "api/v1/suno/get-lyrics/3d51f2fb-2a52-4207-9808-a3aa7c9f64ce").body();

    // then
    assertThat(created.get("title").asString()).isEqualTo("A Song About Rain");
    assertThat(created.get("text").asString()).contains("a song about rain");
    Schemas.assertJsonEquals(documented, Http.resource("sunoapi-com/get-lyrics/success.json"));
  }

  private static String created(HttpResponse<String> response, String idField) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Schemas.tree(response.body()).get("data").get(idField).asString();
  }
}
