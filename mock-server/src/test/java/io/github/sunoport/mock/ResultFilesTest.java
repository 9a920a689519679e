package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The result links of created tasks lead to real files on the mock itself. */
class ResultFilesTest {
  private static final Pattern LINK = Pattern.compile("\"(?:audioUrl|imageUrl|streamAudioUrl|audio_url|image_url"
      + "|image_large_url)\":\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> call(String url, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer t")
        .header("Content-Type", "application/json");
    request = body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> links(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(json);
    while (m.find()) {
      if (!m.group(1).isEmpty()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void every_link_of_a_finished_family_task_serves_audio_or_an_image() throws Exception {
    try (MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start()) {
      String created = call(server.baseUrl("kie") + "api/v1/generate",
          "{\"prompt\":\"rain\",\"customMode\":false,\"instrumental\":false,\"model\":\"V3_5\","
              + "\"callBackUrl\":\"http://127.0.0.1:9/cb\"}").body();
      String id = created.replaceAll(".*\"taskId\":\"([^\"]+)\".*", "$1");
      String polled = call(server.baseUrl("kie") + "api/v1/generate/record-info?taskId=" + id, null).body();

      List<String> links = links(polled);

      assertThat(links).hasSize(6).allSatisfy(l -> assertThat(l).startsWith(server.rootUrl() + "files/"));
      for (String link : links) {
        HttpResponse<byte[]> file = get(link);
        assertThat(file.statusCode()).isEqualTo(200);
        String type = file.headers().firstValue("Content-Type").orElse("");
        if (link.endsWith(".jpeg")) {
          assertThat(type).isEqualTo("image/jpeg");
          assertThat(ImageIO.read(new ByteArrayInputStream(file.body())).getWidth()).isEqualTo(16);
        } else {
          assertThat(type).isEqualTo("audio/mpeg");
          assertThat(file.body()).hasSize(417 * 38).startsWith((byte) 0xFF, (byte) 0xFB);
        }
      }
    }
  }

  @Test
  void sunoapi_com_clips_link_to_files_on_the_mock_too() throws Exception {
    try (MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start()) {
      String created = call(server.baseUrl("sunoapi-com") + "api/v1/suno/create",
          "{\"prompt\":\"rain\",\"custom_mode\":false,\"mv\":\"chirp-v3-5\"}").body();
      String id = created.replaceAll(".*\"task_id\":\"([^\"]+)\".*", "$1");
      String polled = call(server.baseUrl("sunoapi-com") + "api/v1/suno/task/" + id, null).body();

      assertThat(links(polled)).isNotEmpty().allSatisfy(l -> {
        assertThat(l).startsWith(server.rootUrl() + "files/");
        assertThat(get(l).statusCode()).isEqualTo(200);
      });
    }
  }

  @Test
  void other_names_are_not_found() throws Exception {
    try (MockServer server = MockServer.builder().build().start()) {
      for (String name : List.of("x.exe", "..%2Fpom.xml", "a_large.mp3", "a".repeat(81) + ".mp3")) {
        assertThat(get(server.rootUrl() + "files/" + name).statusCode()).as(name).isEqualTo(404);
      }
    }
  }
}
