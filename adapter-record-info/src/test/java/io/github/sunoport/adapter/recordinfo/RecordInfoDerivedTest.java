package io.github.sunoport.adapter.recordinfo;

import static io.github.sunoport.adapter.recordinfo.ProviderHarness.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.error.ClientClosedException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The derived operations on the wire: exact requests, documented answers, duplicates, refusals before sending. */
class RecordInfoDerivedTest {
  private static final String CALLBACK = ProviderHarness.DEFAULT_CALLBACK.toString();
  private static final TaskId MUSIC = new TaskId(TestDialect.ID, "5c79****be8e");
  private static final SourceTrack SOURCE =
      SourceTrack.of(MUSIC, new TrackId(TestDialect.ID, "e231****-****-****-****-****8cadc7dc"));

  private ProviderHarness harness;
  private RecordInfoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = RecordInfoClient.open(new TestDialect(), harness.settings().build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private static void assertPost(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(path);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
  }

  @Test
  void the_family_offers_every_derived_operation_but_synchronous_wav() {
    assertThat(client.capabilities()).contains(Capability.WAV, Capability.STEMS, Capability.MIDI, Capability.VIDEO,
        Capability.COVER_IMAGE, Capability.PERSONA, Capability.STYLE_BOOST)
        .doesNotContain(Capability.SYNCHRONOUS_WAV);
    assertThatThrownBy(() -> client.derived().convertToWavNow(WavRequest.of(SOURCE)))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("SYNCHRONOUS_WAV").hasMessageContaining("derived().convertToWavNow");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void wav_submit_posts_task_clip_and_callback_and_fetch_reads_the_record() {
    harness.answerTaskCreated("988e****c8d3");
    harness.answer(ProviderHarness.resource("derived/record-info/wav-kie.json"));

    TaskId id = client.derived().submitWav(WavRequest.of(SOURCE));
    DerivedTask<WavFile> task = client.derived().fetchWav(id);

    RecordedRequest submit = harness.take();
    assertPost(submit, "/kie/api/v1/wav/generate");
    assertThat(jsonBody(submit)).containsOnly(entry("taskId", "5c79****be8e"),
        entry("audioId", "e231****-****-****-****-****8cadc7dc"), entry("callBackUrl", CALLBACK));
    RecordedRequest fetch = harness.take();
    assertThat(fetch.getMethod()).isEqualTo("GET");
    assertThat(fetch.getPath()).isEqualTo("/kie/api/v1/wav/record-info?taskId=988e****c8d3");
    assertThat(task.id()).isEqualTo(id);
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.result().orElseThrow().link().url())
        .isEqualTo(URI.create("https://example.com/s/04e6****e727.wav"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TWO_STEMS:separate_vocal", "TWELVE_STEMS:split_stem"})
  void stems_submit_sends_the_providers_word_for_the_type(String pair) {
    String[] parts = pair.split(":");
    harness.answerTaskCreated("3e63");

    client.derived().submitStems(StemsRequest.of(SOURCE, SeparationType.valueOf(parts[0]))
        .withCallbackUrl(URI.create("https://app.example/stems?t=1")));

    RecordedRequest submit = harness.take();
    assertPost(submit, "/kie/api/v1/vocal-removal/generate");
    assertThat(jsonBody(submit)).containsOnly(entry("taskId", "5c79****be8e"),
        entry("audioId", "e231****-****-****-****-****8cadc7dc"), entry("type", parts[1]),
        entry("callBackUrl", "https://app.example/stems?t=1"));
  }

  @Test
  void a_one_instrument_separation_is_refused_before_sending_where_the_provider_does_not_document_it() {
    assertThatThrownBy(() -> client.derived().submitStems(
        StemsRequest.of(SOURCE, SeparationType.TWELVE_STEMS).withStemName("Piano")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("ONE_INSTRUMENT");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void stems_fetch_maps_twelve_stems() {
    harness.answer(ProviderHarness.resource("derived/record-info/stems-split-stem.json"));

    Stems stems = client.derived().fetchStems(new TaskId(TestDialect.ID, "e649")).result().orElseThrow();

    assertThat(harness.take().getPath()).isEqualTo("/kie/api/v1/vocal-removal/record-info?taskId=e649");
    assertThat(stems.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(stems.link(StemRole.BRASS)).isPresent();
  }

  @Test
  void midi_submit_names_the_separation_and_optionally_one_stem() {
    harness.answerTaskCreated("m1");
    harness.answerTaskCreated("m2");
    TaskId separation = new TaskId(TestDialect.ID, "3e63");

    client.derived().submitMidi(MidiRequest.allStemsOf(separation));
    client.derived().submitMidi(MidiRequest.stemOf(separation, new TrackId(TestDialect.ID, "8ca376e7")));

    RecordedRequest all = harness.take();
    assertPost(all, "/kie/api/v1/midi/generate");
    assertThat(jsonBody(all)).containsOnly(entry("taskId", "3e63"), entry("callBackUrl", CALLBACK));
    assertThat(jsonBody(harness.take())).containsOnly(entry("taskId", "3e63"), entry("audioId", "8ca376e7"),
        entry("callBackUrl", CALLBACK));
  }

  @Test
  void midi_fetch_maps_notes() {
    harness.answer(ProviderHarness.resource("derived/record-info/midi-kie.json"));

    MidiTranscription midi = client.derived().fetchMidi(new TaskId(TestDialect.ID, "5c79")).result().orElseThrow();

    assertThat(harness.take().getPath()).isEqualTo("/kie/api/v1/midi/record-info?taskId=5c79");
    assertThat(midi.noteCount()).isEqualTo(3);
  }

  @Test
  void video_submit_sends_author_and_watermark_only_when_given() {
    harness.answerTaskCreated("v1");
    harness.answerTaskCreated("v2");

    client.derived().submitVideo(VideoRequest.of(SOURCE));
    client.derived().submitVideo(VideoRequest.of(SOURCE).withAuthor("DJ Electronic")
        .withDomainName("music.example.com"));

    RecordedRequest plain = harness.take();
    assertPost(plain, "/kie/api/v1/mp4/generate");
    assertThat(jsonBody(plain)).containsOnlyKeys("taskId", "audioId", "callBackUrl");
    assertThat(jsonBody(harness.take())).contains(entry("author", "DJ Electronic"),
        entry("domainName", "music.example.com"));
  }

  @Test
  void video_fetch_maps_the_link() {
    harness.answer(ProviderHarness.resource("derived/record-info/video-sunoapi-org.json"));

    MusicVideo video = client.derived().fetchVideo(new TaskId(TestDialect.ID, "taskId_774b9aa0422f")).result()
        .orElseThrow();

    assertThat(harness.take().getPath()).isEqualTo("/kie/api/v1/mp4/record-info?taskId=taskId_774b9aa0422f");
    assertThat(video.link().url()).isEqualTo(URI.create("https://example.com/videos/video_847715e66259.mp4"));
  }

  @Test
  void cover_submit_posts_the_music_task_and_fetch_maps_the_images() {
    harness.answerTaskCreated("21aee3c3c2a01fa5e030b3799fa4dd56");
    harness.answer(ProviderHarness.resource("derived/record-info/cover.json"));

    TaskId id = client.derived().submitCoverImage(CoverImageRequest.of(MUSIC));
    CoverImages images = client.derived().fetchCoverImage(id).result().orElseThrow();

    RecordedRequest submit = harness.take();
    assertPost(submit, "/kie/api/v1/suno/cover/generate");
    assertThat(jsonBody(submit)).containsOnly(entry("taskId", "5c79****be8e"), entry("callBackUrl", CALLBACK));
    assertThat(harness.take().getPath())
        .isEqualTo("/kie/api/v1/suno/cover/record-info?taskId=21aee3c3c2a01fa5e030b3799fa4dd56");
    assertThat(images.images()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 409})
  void a_repeated_cover_request_answers_with_the_existing_cover_task(int code) {
    harness.answer("{\"code\":" + code + ",\"msg\":\"Cover record already exists\",\"data\":{\"taskId\":\"21aee3\"}}");

    TaskId id = client.derived().submitCoverImage(CoverImageRequest.of(MUSIC));

    assertThat(id).isEqualTo(new TaskId(TestDialect.ID, "21aee3"));
    assertThat(harness.requestCount()).as("sent once").isEqualTo(1);
  }

  @Test
  void a_409_without_a_task_id_is_the_error_the_code_stands_for() {
    harness.answer("{\"code\":409,\"msg\":\"Cover record already exists\",\"data\":null}");

    assertThatThrownBy(() -> client.derived().submitCoverImage(CoverImageRequest.of(MUSIC)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Cover record already exists");
  }

  @Test
  void a_duplicate_wav_is_refused_and_never_resent() {
    harness.answer("{\"code\":409,\"msg\":\"WAV record already exists\",\"data\":null}");

    assertThatThrownBy(() -> client.derived().submitWav(WavRequest.of(SOURCE)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("WAV record already exists");
    assertThat(harness.requestCount()).isEqualTo(1);
  }

  @Test
  void a_derived_submit_is_sent_once_even_on_a_server_error() {
    harness.answer(500, "{\"code\":500,\"msg\":\"boom\"}");

    assertThatThrownBy(() -> client.derived().submitStems(StemsRequest.of(SOURCE, SeparationType.TWO_STEMS)))
        .isInstanceOf(ProviderServerException.class);
    assertThat(harness.requestCount()).as("a separation is charged each time; never re-sent").isEqualTo(1);
  }

  @Test
  void a_track_of_another_provider_is_refused_before_sending() {
    SourceTrack foreign = SourceTrack.of(TaskId.of("other", "t"), TrackId.of("other", "c"));

    assertThatThrownBy(() -> client.derived().submitWav(WavRequest.of(foreign)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("other");
    assertThatThrownBy(() -> client.derived().fetchVideo(TaskId.of("other", "t")))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void persona_posts_the_window_without_leading_spaces_and_maps_the_answer() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"personaId\":\"a1b2****c3d4\","
        + "\"name\":\"Electronic Pop Singer\",\"description\":\"A modern pop singer\"}}");

    Persona persona = client.styling().createPersona(PersonaRequest.of(SOURCE, "Electronic Pop Singer",
        "A modern pop singer").withVocalWindow(0, 30).withStyle("Electronic Pop"));

    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/generate/generate-persona");
    assertThat(jsonBody(request)).containsOnly(entry("taskId", "5c79****be8e"),
        entry("audioId", "e231****-****-****-****-****8cadc7dc"), entry("name", "Electronic Pop Singer"),
        entry("description", "A modern pop singer"), entry("vocalStart", 0.0), entry("vocalEnd", 30.0),
        entry("style", "Electronic Pop"));
    assertThat(persona).isEqualTo(new Persona(TestDialect.ID, "a1b2****c3d4", "Electronic Pop Singer",
        "A modern pop singer"));
  }

  @Test
  void style_boost_posts_the_content_and_reads_credits() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"s1\",\"param\":\"{}\","
        + "\"result\":\"Pop, Mysterious, airy synth pads\",\"creditsConsumed\":0.5,\"creditsRemaining\":99.5,"
        + "\"successFlag\":\"1\",\"errorCode\":null,\"errorMessage\":\"\",\"createTime\":\"2025-01-01 00:00:00\"}}");

    BoostedStyle style = client.styling().boostStyle("Pop, Mysterious");

    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/style/generate");
    assertThat(jsonBody(request)).containsOnly(entry("content", "Pop, Mysterious"));
    assertThat(style).isEqualTo(new BoostedStyle("Pop, Mysterious, airy synth pads",
        Optional.of(new BigDecimal("0.5")), Optional.of(new BigDecimal("99.5"))));
  }

  @Test
  void a_style_boost_still_pending_is_a_protocol_error_naming_the_flag() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"result\":null,\"successFlag\":\"0\"}}");

    assertThatThrownBy(() -> client.styling().boostStyle("Pop"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("successFlag '0'");
  }

  @Test
  void a_blank_style_is_refused_before_sending() {
    assertThatThrownBy(() -> client.styling().boostStyle(" ")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("content");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_closed_client_refuses_derived_and_styling_calls_before_sending() {
    client.close();

    assertThatThrownBy(() -> client.derived().submitWav(WavRequest.of(SOURCE)))
        .isInstanceOf(ClientClosedException.class).hasMessageContaining("derived().submitWav");
    assertThatThrownBy(() -> client.styling().boostStyle("Pop"))
        .isInstanceOf(ClientClosedException.class).hasMessageContaining("styling().boostStyle");
    assertThat(harness.requestCount()).isZero();
  }
}
