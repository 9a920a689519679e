package io.github.sunoport.adapter.kie;

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
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.PersonaModel;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundKey;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.model.VocalGender;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * kie.ai's music-from-audio requests and upload host on the wire: each documented example (the pages listed in
 * https://docs.kie.ai/llms.txt, and https://docs.kie.ai/file-upload-api/quickstart) built from the domain model and
 * compared field by field, and every request kie.ai would refuse refused before sending.
 */
class KieAudioRequestsTest {
  private static final URI STORAGE = URI.create("https://storage.example.com/upload");
  private static final URI MUSIC = URI.create("https://example.com/music.mp3");
  private static final URI CALLBACK = URI.create("https://api.example.com/callback");

  private ProviderHarness harness;
  private SunoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = SunoProviders.open("kie", harness.settings().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private Map<String, Object> sent(String path) {
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/kie/" + path);
    return jsonBody(request);
  }

  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** A documented example, parsed as the server-side body is, so numbers compare alike. */
  static Map<String, Object> documented(String json) {
    try {
      return JSON.fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void upload_cover_sends_the_documented_example() {
    harness.answerTaskCreated("2fac****9f72");
    Tuning tuning = Tuning.none().withNegativeTags("Heavy Metal, Upbeat Drums").withVocalGender(VocalGender.MALE)
        .withWeights(0.65, 0.65, 0.65).withPersona("persona_123", PersonaModel.STYLE);

    TaskId id = client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "Peaceful Piano Meditation",
        "Classical").prompt("A calm and relaxing piano track with soft melodies").model(SunoModel.V4).tuning(tuning)
        .callbackUrl(URI.create("https://api.example.com/callback")).build());

    assertThat(id).isEqualTo(TaskId.of("kie", "2fac****9f72"));
    assertThat(sent("api/v1/generate/upload-cover")).isEqualTo(documented("{\"uploadUrl\": \"https://storage.example.com/upload\", \"prompt\": \"A calm and relaxing piano track with soft melodies\", \"customMode\": true, \"instrumental\": true, \"model\": \"V4\", \"callBackUrl\": \"https://api.example.com/callback\", \"style\": \"Classical\", \"title\": \"Peaceful Piano Meditation\", \"negativeTags\": \"Heavy Metal, Upbeat Drums\", \"vocalGender\": \"m\", \"styleWeight\": 0.65, \"weirdnessConstraint\": 0.65, \"audioWeight\": 0.65, \"personaId\": \"persona_123\", \"personaModel\": \"style_persona\"}"));
  }

  @Test
  void upload_extend_sends_the_documented_example() {
    harness.answerTaskCreated("t");
    UploadExtendRequest request = UploadExtendRequest.overridingInstrumental(STORAGE, Duration.ofSeconds(60),
        "Classical", "Peaceful Piano Extended", SunoModel.V4).withTuning(Tuning.none().withNegativeTags("Relaxing Piano")
        .withWeights(0.65, 0.65, 0.65).withPersona("persona_123", PersonaModel.STYLE)).withCallbackUrl(CALLBACK);

    client.audio().uploadExtend(request);

    Map<String, Object> body = sent("api/v1/generate/upload-extend");
    // The documented example sends a prompt and a vocal gender with instrumental: true, which its own schema text
    // forbids; the domain model refuses both for an instrumental, so they are the only difference.
    Map<String, Object> expected = documented("{\"uploadUrl\": \"https://storage.example.com/upload\", \"defaultParamFlag\": true, \"instrumental\": true, \"continueAt\": 60, \"model\": \"V4\", \"callBackUrl\": \"https://api.example.com/callback\", \"style\": \"Classical\", \"title\": \"Peaceful Piano Extended\", \"negativeTags\": \"Relaxing Piano\", \"styleWeight\": 0.65, \"weirdnessConstraint\": 0.65, \"audioWeight\": 0.65, \"personaId\": \"persona_123\", \"personaModel\": \"style_persona\"}");
    assertThat(body).isEqualTo(expected);
  }

  @Test
  void add_vocals_and_add_instrumental_send_the_documented_examples() {
    harness.answerTaskCreated("a");
    harness.answerTaskCreated("b");
    Tuning weights = Tuning.none().withVocalGender(VocalGender.MALE).withWeights(0.61, 0.72, 0.65);

    client.audio().addVocals(AddVocalsRequest.of(MUSIC, "Relaxing Piano", "Jazz", "heavy metal, strong drum beats",
        "A calm and relaxing piano track.").withModel(SunoModel.V4_5_PLUS).withTuning(weights)
        .withCallbackUrl(URI.create("https://example.com/callback")));
    client.audio().addInstrumental(AddInstrumentalRequest.of(MUSIC, "Relaxing Piano", "relaxing, piano, soothing",
        "heavy metal, fast drums").withModel(SunoModel.V4_5_PLUS).withTuning(weights)
        .withCallbackUrl(URI.create("https://example.com/callback")));

    assertThat(sent("api/v1/generate/add-vocals")).isEqualTo(documented("{\"prompt\": \"A calm and relaxing piano track.\", \"title\": \"Relaxing Piano\", \"negativeTags\": \"heavy metal, strong drum beats\", \"style\": \"Jazz\", \"uploadUrl\": \"https://example.com/music.mp3\", \"callBackUrl\": \"https://example.com/callback\", \"model\": \"V4_5PLUS\", \"vocalGender\": \"m\", \"styleWeight\": 0.61, \"weirdnessConstraint\": 0.72, \"audioWeight\": 0.65}"));
    assertThat(sent("api/v1/generate/add-instrumental")).isEqualTo(documented("{\"uploadUrl\": \"https://example.com/music.mp3\", \"title\": \"Relaxing Piano\", \"negativeTags\": \"heavy metal, fast drums\", \"tags\": \"relaxing, piano, soothing\", \"callBackUrl\": \"https://example.com/callback\", \"model\": \"V4_5PLUS\", \"vocalGender\": \"m\", \"styleWeight\": 0.61, \"weirdnessConstraint\": 0.72, \"audioWeight\": 0.65}"));
  }

  @Test
  void replace_section_sends_the_documented_track_form() {
    harness.answerTaskCreated("t");

    client.audio().replaceSection(ReplaceSectionRequest.inTrack(TaskId.of("kie", "2fac****9f72"),
            TrackId.of("kie", "e231****-****-****-****-****8cadc7dc"))
        .window(Duration.ofMillis(10_500), Duration.ofMillis(20_750))
        .replacement("A calm and relaxing piano track.", "[Verse 1]\nOriginal lyrics here\n[Chorus]\nModified lyrics "
            + "for this section\n[Verse 2]\nMore original lyrics")
        .style("Jazz").title("Relaxing Piano").tuning(Tuning.none().withNegativeTags("Rock"))
        .callbackUrl(URI.create("https://example.com/callback")).build());

    assertThat(sent("api/v1/generate/replace-section")).isEqualTo(documented("{\"taskId\": \"2fac****9f72\", \"audioId\": \"e231****-****-****-****-****8cadc7dc\", \"prompt\": \"A calm and relaxing piano track.\", \"tags\": \"Jazz\", \"title\": \"Relaxing Piano\", \"negativeTags\": \"Rock\", \"infillStartS\": 10.5, \"infillEndS\": 20.75, \"fullLyrics\": \"[Verse 1]\\nOriginal lyrics here\\n[Chorus]\\nModified lyrics for this section\\n[Verse 2]\\nMore original lyrics\", \"callBackUrl\": \"https://example.com/callback\"}"));
  }

  @Test
  void mashup_and_sounds_send_the_documented_examples() {
    harness.answerTaskCreated("a");
    harness.answerTaskCreated("b");

    client.audio().mashup(MashupRequest.customInstrumental(URI.create("https://example.com/audio1.mp3"),
            URI.create("https://example.com/audio2.mp3"), "Relaxing Piano", "Jazz")
        .prompt("A calm and relaxing piano track with soft melodies").model(SunoModel.V4)
        .tuning(Tuning.none().withVocalGender(VocalGender.MALE).withWeights(0.61, 0.72, 0.65))
        .callbackUrl(URI.create("https://example.com/callback")).build());
    client.audio().sounds(SoundsRequest.of("sint", SunoModel.V5).looping().withTempo(166).withKey(SoundKey.D_SHARP_MINOR)
        .grabbingLyrics());

    assertThat(sent("api/v1/generate/mashup")).isEqualTo(documented("{\"uploadUrlList\": [\"https://example.com/audio1.mp3\", \"https://example.com/audio2.mp3\"], \"customMode\": true, \"model\": \"V4\", \"callBackUrl\": \"https://example.com/callback\", \"prompt\": \"A calm and relaxing piano track with soft melodies\", \"style\": \"Jazz\", \"title\": \"Relaxing Piano\", \"instrumental\": true, \"vocalGender\": \"m\", \"styleWeight\": 0.61, \"weirdnessConstraint\": 0.72, \"audioWeight\": 0.65}"));
    // The documented example has no callback URL; the client's default is sent when one is set.
    assertThat(sent("api/v1/generate/sounds")).isEqualTo(documented("{\"prompt\": \"sint\", \"model\": \"V5\", \"soundLoop\": true, \"soundTempo\": 166, \"soundKey\": \"D#m\", \"grabLyrics\": true, \"callBackUrl\": \"" + ProviderHarness.DEFAULT_CALLBACK + "\"}"));
  }

  @Test
  void refuses_before_sending_what_kie_does_not_take() {
    UploadCoverRequest.Builder cover = UploadCoverRequest.customInstrumental(STORAGE, "t", "pop");
    assertRefused(() -> client.audio().uploadCover(cover.model(SunoModel.V6).build()), "model");
    assertRefused(() -> client.audio().uploadCover(cover.model(SunoModel.V5).tuning(Tuning.none().withVariety(2))
        .build()), "variety");
    assertRefused(() -> client.audio().uploadCover(cover.model(SunoModel.V5).tuning(Tuning.none()).lyrics("[Verse]")
        .build()), "lyrics");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "t", "pop")
        .model(SunoModel.V5).duration(Duration.ofSeconds(30)).build()), "duration");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "t", "pop")
        .model(SunoModel.V4).tuning(Tuning.none().withPersona("p", PersonaModel.VOICE)).build()), "personaModel");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "t".repeat(81), "p")
        .model(SunoModel.V4).build()), "title");
    assertRefused(() -> client.audio().mashup(MashupRequest.describe(STORAGE, MUSIC, "blend").model(SunoModel.V5)
        .build()), "customMode");
    assertRefused(() -> client.audio().addVocals(new AddVocalsRequest(MUSIC, "t", "s", java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), Tuning.none().withNegativeTags("x"),
        java.util.Optional.empty())), "prompt");
    assertRefused(() -> client.audio().uploadExtend(new UploadExtendRequest(STORAGE, true, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false, SunoModel.V5,
        Tuning.none(), java.util.Optional.empty())), "continueAt");
    assertRefused(() -> client.audio().replaceSection(ReplaceSectionRequest.inTrack(TaskId.of("sunoapi-org", "t"),
        TrackId.of("sunoapi-org", "a")).window(Duration.ZERO, Duration.ofSeconds(10)).replacement("w", "f")
        .style("s").title("t").build()), "taskId");
    assertRefused(() -> client.audio().sounds(SoundsRequest.of("rain", SunoModel.V6)), "model");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_local_file_is_streamed_as_multipart_and_the_answer_typed(@TempDir Path dir) throws Exception {
    Path song = Files.write(dir.resolve("demo.mp3"), "ID3 fake audio".getBytes(StandardCharsets.UTF_8));
    harness.answer(ProviderHarness.resource("fixtures/kie-upload.json"));

    UploadedFile file = client.files().upload(FileUpload.fromFile(song).inFolder("audio/user-uploads"));

    RecordedRequest request = harness.take();
    assertThat(request.getPath()).isEqualTo("/kie/api/file-stream-upload");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    String body = request.getBody().readUtf8();
    assertThat(body).contains("name=\"file\"; filename=\"demo.mp3\"").contains("ID3 fake audio")
        .contains("name=\"uploadPath\"").contains("audio/user-uploads");
    assertThat(file.url()).isEqualTo(URI.create("https://kieai.redpandaai.co/download/file_abc123456"));
    assertThat(file.size()).hasValue(245_760);
    assertThat(file.mimeType()).contains("image/jpeg");
    assertThat(file.uploadedAt()).contains(Instant.parse("2025-01-15T10:30:00Z"));
    assertThat(file.link().expiresAt(java.time.ZoneOffset.UTC)).contains(Instant.parse("2025-01-18T10:30:00Z"));
    assertThat(file.link().keptFor()).as("kie.ai keeps uploads 3 days").contains(Duration.ofDays(3));
  }

  @Test
  void url_and_base64_uploads_are_json_and_limits_are_checked_first(@TempDir Path dir) throws Exception {
    harness.answer(ProviderHarness.resource("fixtures/kie-upload.json"));
    harness.answer(ProviderHarness.resource("fixtures/kie-upload.json"));

    client.files().upload(FileUpload.fromUrl(URI.create("https://example.com/images/sample.jpg"))
        .inFolder("images/downloaded").named("my-downloaded-image.jpg"));
    client.files().upload(FileUpload.fromBytes(new byte[] {1, 2, 3}, "a.wav").inFolder("images/base64"));

    assertThat(sent("api/file-url-upload")).isEqualTo(documented("{\"fileUrl\": \"https://example.com/images/sample.jpg\", \"uploadPath\": \"images/downloaded\", \"fileName\": \"my-downloaded-image.jpg\"}"));
    assertThat(sent("api/file-base64-upload")).isEqualTo(documented("{\"base64Data\": \"AQID\", \"uploadPath\": \"images/base64\", \"fileName\": \"a.wav\"}"));
    int before = harness.requestCount();
    assertRefused(() -> client.files().upload(FileUpload.fromBytes(new byte[10 * 1024 * 1024 + 1], "big.wav")), "bytes");
    assertRefused(() -> client.files().upload(FileUpload.fromFile(dir.resolve("missing.mp3"))), "file");
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertRefused(() -> client.files().uploadAudio(text), "file");
    assertThat(harness.requestCount()).isEqualTo(before);
  }

  @Test
  void download_links_carry_their_twenty_minute_expiry() {
    // The documented answer masks the link's host ("tempfile.1f6cxxxx…bd98"), which leaves no valid host; a link
    // on kie's temp-file host stands in for it.
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":\"https://tempfile.aiquickdraw.com/s/1f6cbd98\"}");
    Instant before = Instant.now();

    ResultLink link = client.files().downloadLink(URI.create("https://tempfile.aiquickdraw.com/path/to/image.jpg"));

    Instant after = Instant.now();
    assertThat(sent("api/v1/common/download-url"))
        .isEqualTo(documented("{\"url\": \"https://tempfile.aiquickdraw.com/path/to/image.jpg\"}"));
    assertThat(link.url()).isEqualTo(URI.create("https://tempfile.aiquickdraw.com/s/1f6cbd98"));
    assertThat(link.keptFor()).contains(Duration.ofMinutes(20));
    assertThat(link.expiresAt(java.time.ZoneOffset.UTC)).hasValueSatisfying(expiry -> assertThat(expiry)
        .isBetween(before.plus(Duration.ofMinutes(20)), after.plus(Duration.ofMinutes(20))));
  }

  @Test
  void the_echoed_operation_word_maps_and_an_unknown_one_stays_readable() {
    harness.answer(record("add_vocals"));
    harness.answer(record("remix_v9"));

    MusicTask known = client.music().fetch(TaskId.of("kie", "t1"));
    MusicTask unknown = client.music().fetch(TaskId.of("kie", "t2"));

    assertThat(known.operation()).isEqualTo(MusicOperation.ADD_VOCALS);
    assertThat(known.rawOperation()).isEqualTo("add_vocals");
    assertThat(unknown.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(unknown.rawOperation()).isEqualTo("remix_v9");
  }

  private static String record(String operationType) {
    return "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t\",\"status\":\"PENDING\",\"operationType\":\""
        + operationType + "\",\"response\":{\"sunoData\":[]}}}";
  }

  private static void assertRefused(Executable call, String field) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.field()).as(e.getMessage()).contains(field));
  }
}
