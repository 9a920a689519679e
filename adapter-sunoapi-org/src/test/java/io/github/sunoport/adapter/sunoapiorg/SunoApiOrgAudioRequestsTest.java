package io.github.sunoport.adapter.sunoapiorg;

import static io.github.sunoport.adapter.recordinfo.ProviderHarness.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.PersonaModel;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * sunoapi.org's V6-era music-from-audio requests and upload host on the wire (the V6-era pages listed in
 * https://docs.sunoapi.org/llms.txt; the upload host is known from third-party clients only).
 */
class SunoApiOrgAudioRequestsTest {
  private static final URI AUDIO = URI.create("https://storage.example.com/upload");
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private ProviderHarness harness;
  private SunoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("sunoapi-org");
    client = SunoProviders.open("sunoapi-org", harness.settings().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private Map<String, Object> sent(String path) {
    RecordedRequest request = harness.take();
    assertThat(request.getPath()).isEqualTo("/sunoapi-org/" + path);
    return jsonBody(request);
  }

  private static Map<String, Object> documented(String json) {
    try {
      return JSON.fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void a_v6_upload_cover_is_always_custom_and_sends_the_new_fields() {
    harness.answerTaskCreated("t");

    client.audio().uploadCover(UploadCoverRequest.custom(AUDIO, "Peaceful", "Classical", "[Verse] la")
        .lyrics("[Verse] Calm and relaxing melodies").model(SunoModel.V6).duration(Duration.ofSeconds(120))
        .tuning(Tuning.none().withVariety(2).withPersona("persona_123", PersonaModel.VOICE)).build());

    assertThat(sent("api/v1/generate/upload-cover")).isEqualTo(documented("{\"uploadUrl\": \"https://storage.example.com/upload\", \"instrumental\": false, \"model\": \"V6\", \"callBackUrl\": \"" + ProviderHarness.DEFAULT_CALLBACK + "\", \"prompt\": \"[Verse] la\", \"lyrics\": \"[Verse] Calm and relaxing melodies\", \"style\": \"Classical\", \"title\": \"Peaceful\", \"personaId\": \"persona_123\", \"personaModel\": \"voice_persona\", \"variety\": 2, \"duration\": 120}"));
  }

  @Test
  void an_older_model_keeps_custom_mode_on_the_wire() {
    harness.answerTaskCreated("t");

    client.audio().uploadCover(UploadCoverRequest.describe(AUDIO, "as a jazz ballad").model(SunoModel.V4_5_PLUS)
        .build());

    Map<String, Object> body = sent("api/v1/generate/upload-cover");
    assertThat(body).containsEntry("customMode", false).containsEntry("model", "V4_5PLUS")
        .containsEntry("prompt", "as a jazz ballad").doesNotContainKeys("lyrics", "variety", "duration");
  }

  @Test
  void v6_generation_fields_reach_generate_too() {
    harness.answerTaskCreated("t");

    client.music().submit(MusicRequest.custom("t", "pop", "la").model(SunoModel.V6_WILD).lyrics("[Verse] b")
        .variety(3).duration(Duration.ofSeconds(200)).persona("p1", PersonaModel.STYLE).build());

    assertThat(sent("api/v1/generate")).containsEntry("model", "V6_WILD").containsEntry("lyrics", "[Verse] b")
        .containsEntry("variety", 3.0).containsEntry("duration", 200.0).containsEntry("personaModel", "style_persona");
  }

  @Test
  void refuses_before_sending_what_sunoapi_org_does_not_take() {
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.describe(AUDIO, "jazz").model(SunoModel.V6)
        .build()), "customMode");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(AUDIO, "t", "s")
        .model(SunoModel.V5).tuning(Tuning.none().withVariety(1)).build()), "variety");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(AUDIO, "t".repeat(81), "s")
        .model(SunoModel.V6).build()), "title");
    assertRefused(() -> client.audio().uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(30),
        SunoModel.V6)), "model");
    assertRefused(() -> client.audio().mashup(MashupRequest.custom(AUDIO, AUDIO, "t", "s", "l").model(SunoModel.V5)
        .duration(Duration.ofSeconds(60)).build()), "duration");
    assertRefused(() -> client.music().submit(MusicRequest.custom("t", "pop", "la").model(SunoModel.V5).variety(1)
        .build()), "variety");
    assertThat(harness.requestCount()).isZero();
    assertThatThrownBy(() -> client.files().downloadLink(URI.create("https://x.example/a.mp3")))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("sunoapi-org");
  }

  @Test
  void the_endpoint_pages_upload_answer_expires_three_days_after_upload() {
    harness.answer(ProviderHarness.resource("fixtures/sunoapi-org-upload.json"));

    UploadedFile file = client.files().upload(FileUpload.fromUrl(URI.create("https://example.com/a.png")));

    assertThat(sent("api/file-url-upload")).containsEntry("uploadPath", "sunoport");
    assertThat(file.url()).isEqualTo(URI.create(
        "https://tempfile.redpandaai.co/xxx/images/user-uploads/uploaded-image.png"));
    assertThat(file.path()).contains("images/user-uploads/uploaded-image.png");
    assertThat(file.uploadedAt()).contains(Instant.parse("2025-01-01T12:00:00Z"));
    assertThat(file.link().expiresAt(java.time.ZoneOffset.UTC)).contains(Instant.parse("2025-01-04T12:00:00Z"));
  }

  private static void assertRefused(Executable call, String field) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.field()).as(e.getMessage()).contains(field));
  }
}
