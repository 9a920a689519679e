package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The music-from-audio routes and the upload host of kie.ai and sunoapi.org. */
class AudioRoutesTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-15T10:30:00Z"));
  private final MockServer server = MockServer.builder().timeline(Duration.ofSeconds(6)).clock(clock).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "kie, upload-cover, upload_cover", "kie, upload-extend, upload_extend", "kie, add-vocals, add_vocals",
      "kie, add-instrumental, add_instrumental", "kie, replace-section, replace_section", "kie, mashup, mashup",
      "kie, sounds, sounds"})
  void the_documented_kie_examples_create_music_tasks_that_run_to_success(String provider, String route,
      String operationType) {
    String id = created(http.post(provider, Endpoints.target(provider, route).path(),
        Http.fixture(Endpoints.target(provider, route).fixture())));

    clock.advance(Duration.ofSeconds(6));
    HttpResponse<String> record = http.get(provider, "api/v1/generate/record-info?taskId=" + id);

    Schemas.assertValid("family-generate-record-info.schema.json", record.body());
    JsonNode data = Schemas.tree(record.body()).get("data");
    assertThat(data.get("status").asString()).isEqualTo("SUCCESS");
    assertThat(data.get("operationType").asString()).isEqualTo(operationType);
    assertThat(data.get("response").get("sunoData")).hasSize(2);
  }

  @Test
  void sunoapi_org_takes_the_v6_upload_cover_without_custom_mode() {
    String id = created(http.post("sunoapi-org", "api/v1/generate/upload-cover", Http.fixture("org-upload-cover.json")));

    assertThat(id).matches("[0-9a-f]{32}");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      // kie.ai has no V6 on the legacy tree and answers 422; sunoapi.org answers 400.
      "kie         | {\"uploadUrl\":\"https://x/a.mp3\",\"customMode\":false,\"instrumental\":false,\"model\":\"V6\",\"callBackUrl\":\"https://cb/x\",\"prompt\":\"p\"} | model must be one of | 422",
      "kie         | {\"uploadUrl\":\"https://x/a.mp3\",\"customMode\":true,\"instrumental\":false,\"model\":\"V5\",\"callBackUrl\":\"https://cb/x\",\"prompt\":\"p\",\"style\":\"s\",\"title\":\"t\",\"variety\":2} | variety is not a field | 422",
      "kie         | {\"uploadUrl\":\"https://x/a.mp3\",\"customMode\":true,\"instrumental\":true,\"model\":\"V5\",\"callBackUrl\":\"https://cb/x\",\"style\":\"s\",\"title\":\"t\",\"duration\":30} | duration is only available | 422",
      "sunoapi-org | {\"uploadUrl\":\"https://x/a.mp3\",\"model\":\"V6\",\"callBackUrl\":\"https://cb/x\",\"variety\":5} | variety must be an integer from 0 to 4 | 400",
      "sunoapi-org | {\"uploadUrl\":\"https://x/a.mp3\",\"model\":\"V6\",\"callBackUrl\":\"https://cb/x\",\"duration\":361} | duration must be an integer from 10 to 360 | 400",
      "sunoapi-org | {\"model\":\"V6\",\"callBackUrl\":\"https://cb/x\"} | uploadUrl is required | 400"})
  void upload_cover_refuses_what_the_provider_refuses_in_its_own_shape(String provider, String body, String problem,
      int code) {
    HttpResponse<String> response = http.post(provider, "api/v1/generate/upload-cover", body);

    Schemas.assertValid("family-error.schema.json", response.body());
    JsonNode answer = Schemas.tree(response.body());
    assertThat(answer.get("code").asInt()).isEqualTo(code);
    assertThat(answer.get("msg").asString()).contains(problem);
  }

  @Test
  void replace_section_refuses_a_mixed_form_and_a_short_window() {
    String mixed = "{\"taskId\":\"t\",\"audioId\":\"a\",\"uploadUrl\":\"https://x/a.mp3\",\"prompt\":\"p\",\"tags\":\"j\","
        + "\"title\":\"t\",\"infillStartS\":0,\"infillEndS\":20,\"fullLyrics\":\"f\"}";
    String shortWindow = "{\"taskId\":\"t\",\"audioId\":\"a\",\"prompt\":\"p\",\"tags\":\"j\",\"title\":\"t\","
        + "\"infillStartS\":5,\"infillEndS\":14.99,\"fullLyrics\":\"f\"}";

    assertThat(Schemas.tree(http.post("kie", "api/v1/generate/replace-section", mixed).body()).get("msg").asString())
        .contains("must not be set together");
    assertThat(Schemas.tree(http.post("kie", "api/v1/generate/replace-section", shortWindow).body()).get("msg")
        .asString()).contains("at least 10 seconds");
  }

  @Test
  void mashup_needs_exactly_two_urls() {
    String one = "{\"uploadUrlList\":[\"https://x/a.mp3\"],\"customMode\":true,\"model\":\"V5\",\"style\":\"s\","
        + "\"title\":\"t\",\"callBackUrl\":\"https://cb/x\",\"instrumental\":true}";

    assertThat(Schemas.tree(http.post("kie", "api/v1/generate/mashup", one).body()).get("msg").asString())
        .contains("exactly 2");
  }

  @Test
  void a_streamed_upload_is_served_back_without_a_key_and_then_covers() throws Exception {
    byte[] audio = "ID3 not really an mp3".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> uploaded = multipart("kie", "demo.mp3", audio, "audio/user-uploads");

    Schemas.assertValid("family-file-upload.schema.json", uploaded.body());
    JsonNode data = Schemas.tree(uploaded.body()).get("data");
    String url = data.get("downloadUrl").asString();
    assertThat(url).startsWith(server.baseUrl("kie") + "files/");
    assertThat(data.get("fileSize").asLong()).isEqualTo(audio.length);
    assertThat(data.get("mimeType").asString()).isEqualTo("audio/mpeg");
    assertThat(data.get("expiresAt").asString()).isEqualTo("2025-01-18T10:30:00Z");
    HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(audio);
    assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/mpeg"));

    String cover = "{\"uploadUrl\":\"" + url + "\",\"customMode\":false,\"instrumental\":false,\"model\":\"V5\","
        + "\"callBackUrl\":\"https://cb.example.com/x\",\"prompt\":\"as jazz\"}";
    assertThat(created(http.post("kie", "api/v1/generate/upload-cover", cover))).matches("[0-9a-f]{32}");
  }

  @Test
  void a_cover_of_a_file_this_mock_never_stored_fails_like_a_fetch_failure() {
    String cover = "{\"uploadUrl\":\"" + server.baseUrl("kie") + "files/nothing\",\"customMode\":false,"
        + "\"instrumental\":false,\"model\":\"V5\",\"callBackUrl\":\"https://cb.example.com/x\",\"prompt\":\"p\"}";

    JsonNode answer = Schemas.tree(http.post("kie", "api/v1/generate/upload-cover", cover).body());

    assertThat(answer.get("code").asInt()).isEqualTo(451);
  }

  @Test
  void base64_and_url_uploads_answer_each_providers_shape() {
    HttpResponse<String> kie = http.post("kie", "api/file-base64-upload", Http.fixture("file-base64-upload.json"));
    HttpResponse<String> org = http.post("sunoapi-org", "api/file-url-upload", Http.fixture("file-url-upload.json"));

    JsonNode kieData = Schemas.tree(kie.body()).get("data");
    assertThat(kieData.get("mimeType").asString()).isEqualTo("image/png");
    assertThat(kieData.get("fileSize").asLong()).isEqualTo(70);
    assertThat(kieData.get("fileId").asString()).isNotEmpty();
    JsonNode orgData = Schemas.tree(org.body()).get("data");
    assertThat(orgData.get("filePath").asString()).isEqualTo("images/downloaded/my-downloaded-image.jpg");
    assertThat(orgData.has("fileId")).isFalse();
    assertThat(http.post("sunoapi-org", "api/file-base64-upload",
        "{\"base64Data\":\"not base64!\",\"uploadPath\":\"a\"}").body()).contains("not valid base64");
    assertThat(http.post("kie", "api/file-url-upload",
        "{\"fileUrl\":\"https://x/a.mp3\",\"uploadPath\":\"/lead\"}").body()).contains("leading or trailing slash");
  }

  @Test
  void kie_download_links_are_only_for_files_kie_made() {
    HttpResponse<String> ok = http.post("kie", "api/v1/common/download-url", Http.fixture("download-url.json"));
    HttpResponse<String> foreign = http.post("kie", "api/v1/common/download-url", "{\"url\":\"https://evil.example/x\"}");

    Schemas.assertValid("kie-download-url.schema.json", ok.body());
    assertThat(Schemas.tree(ok.body()).get("data").asString()).startsWith("https://tempfile.example.cn/");
    assertThat(Schemas.tree(foreign.body()).get("code").asInt()).isEqualTo(422);
    assertThat(http.post("sunoapi-org", "api/v1/common/download-url", "{}").statusCode()).isEqualTo(404);
  }

  @Test
  void sunoapi_com_uploads_a_clip_and_covers_or_concatenates_clips() {
    HttpResponse<String> upload = http.post("sunoapi-com", "api/v1/suno/upload", Http.fixture("com-upload.json"));
    String clip = Schemas.tree(upload.body()).get("clip_id").asString();
    String cover = "{\"task_type\":\"cover_upload_music\",\"continue_clip_id\":\"" + clip + "\",\"custom_mode\":true,"
        + "\"prompt\":\"[Verse] la\",\"title\":\"t\",\"tags\":\"jazz\",\"mv\":\"chirp-v4\",\"audio_weight\":0.5}";
    String concat = "{\"task_type\":\"concat_music\",\"continue_clip_id\":\"a533515b-56c9-4eb2-8cb8-7f3dfa165eb8\"}";

    Schemas.assertValid("com-upload.schema.json", upload.body());
    HttpResponse<String> covered = http.post("sunoapi-com", "api/v1/suno/create", cover);
    assertThat(covered.statusCode()).isEqualTo(200);
    Schemas.assertValid("com-task-created.schema.json", covered.body());
    Schemas.assertValid("com-task-created.schema.json", http.post("sunoapi-com", "api/v1/suno/create", concat).body());
    assertThat(http.post("sunoapi-com", "api/v1/suno/create", "{\"task_type\":\"cover_music\"}").body())
        .contains("continue_clip_id");
    assertThat(http.post("sunoapi-com", "api/v1/suno/upload", "{\"url\":\"ftp://x\"}").body()).contains("valid URL");
  }

  private HttpResponse<String> multipart(String provider, String name, byte[] content, String folder)
      throws Exception {
    String boundary = "sunoport-test-boundary";
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadPath\"\r\n\r\n" + folder + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content, tail.getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl(provider) + "api/file-stream-upload"))
        .header("Authorization", Http.TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Schemas.assertValid("family-task-created.schema.json", response.body());
    JsonNode data = Schemas.tree(response.body()).get("data");
    assertThat(data).as(response.body()).isNotNull();
    return data.get("taskId").asString();
  }
}
