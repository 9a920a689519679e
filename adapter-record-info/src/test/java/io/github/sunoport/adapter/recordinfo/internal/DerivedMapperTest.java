package io.github.sunoport.adapter.recordinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedCallback;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedRecord;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleAnswer;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiNote;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemPart;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.WavFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented derived examples, mapped field by field. */
class DerivedMapperTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final ProviderId KIE = ProviderId.of("kie");
  private static final TaskId ID = new TaskId(KIE, "988e****c8d3");
  private static final ProviderTimestamp RECEIVED = ProviderTimestamp.parse("2026-01-01T12:00:00Z");

  /** kie.ai's lifetimes: 14 days for every derived link. */
  private final DerivedMapper mapper = new DerivedMapper(KIE, kind -> Optional.of(Duration.ofDays(14)));

  private static DerivedRecord record(String fixture) {
    JsonAdapter<Envelope<DerivedRecord>> adapter =
        MOSHI.adapter(Types.newParameterizedType(Envelope.class, DerivedRecord.class));
    try {
      return adapter.fromJson(ProviderHarness.resource("derived/record-info/" + fixture)).data();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String callbackText(String fixture) {
    return ProviderHarness.resource("derived/callbacks/" + fixture);
  }

  private CallbackEvent callback(String fixture) {
    try {
      Map<?, ?> tree = (Map<?, ?>) MOSHI.adapter(Object.class).fromJson(callbackText(fixture));
      DerivedKind kind = DerivedMapper.callbackKindOf(tree).orElseThrow();
      DerivedCallback body = MOSHI.adapter(DerivedCallback.class).fromJsonValue(tree);
      TaskId task = new TaskId(KIE, DerivedMapper.callbackTaskId(body).orElseThrow());
      return mapper.callbackEventFrom(task, kind, body, RECEIVED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResultLink link(String url, String expires) {
    return new ResultLink(URI.create(url), Optional.of(Duration.ofDays(14)),
        Optional.of(ProviderTimestamp.parse(expires)));
  }

  @Test
  void maps_the_documented_wav_record_with_its_expiry_14_days_after_completion() {
    DerivedTask<WavFile> task = mapper.wavTaskFrom(ID, record("wav-kie.json"));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("SUCCESS");
    assertThat(task.kind()).isEqualTo(DerivedKind.WAV);
    assertThat(task.result()).contains(new WavFile(link("https://example.com/s/04e6****e727.wav",
        "2025-01-15 00:10:00"), Optional.of(new TrackId(KIE, "e231****-****-****-****-****8cadc7dc"))));
    assertThat(task.times().created()).map(Object::toString).contains("2025-01-01T00:00");
    assertThat(task.times().ended()).map(Object::toString).contains("2025-01-01T00:10");
    assertThat(task.failure()).isEmpty();
  }

  @Test
  void sunoapi_org_keeps_wav_files_15_days() {
    DerivedMapper org = new DerivedMapper(ProviderId.of("sunoapi-org"),
        kind -> kind == DerivedKind.WAV ? Optional.of(Duration.ofDays(15)) : Optional.empty());

    WavFile wav = org.wavTaskFrom(TaskId.of("sunoapi-org", "988e"), record("wav-sunoapi-org.json")).result()
        .orElseThrow();

    assertThat(wav.link().keptFor()).contains(Duration.ofDays(15));
    assertThat(wav.link().expiresAt()).map(Object::toString).contains("2025-01-16T00:10");
    assertThat(wav.source()).contains(TrackId.of("sunoapi-org", "8551****662c"));
  }

  @Test
  void reads_the_status_key_of_kies_chinese_wav_page() {
    assertThat(mapper.wavTaskFrom(ID, record("wav-status-key-cn.json")).state()).isEqualTo(TaskState.SUCCEEDED);
  }

  @Test
  void maps_a_two_stem_record_by_role_with_parts_for_midi() {
    DerivedTask<Stems> task = mapper.stemsTaskFrom(ID, record("stems-separate-vocal.json"));
    Stems stems = task.result().orElseThrow();

    assertThat(stems.type()).isEqualTo(SeparationType.TWO_STEMS);
    assertThat(stems.links().keySet()).containsExactly(StemRole.VOCALS, StemRole.INSTRUMENTAL);
    assertThat(stems.link(StemRole.VOCALS)).map(ResultLink::url).contains(URI.create(
        "https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3"));
    // completeTime 1753782937000 ms is 2025-07-29T09:55:37Z; kept 14 days.
    assertThat(stems.link(StemRole.VOCALS).flatMap(ResultLink::expiresAt).flatMap(ProviderTimestamp::instant))
        .contains(Instant.parse("2025-08-12T09:55:37Z"));
    assertThat(stems.parts()).containsExactly(
        new StemPart(new TrackId(KIE, "3d7021c9-fa8b-4eda-91d1-3b9297ddb172"), "Vocals", StemRole.VOCALS,
            link("https://example001.mp3", "2025-08-12T09:55:37Z"), OptionalDouble.of(245.6)),
        new StemPart(new TrackId(KIE, "d92a13bf-c6f4-4ade-bb47-f69738435528"), "Instrumental",
            StemRole.INSTRUMENTAL, link("https://example002.mp3", "2025-08-12T09:55:37Z"), OptionalDouble.of(245.6)));
    assertThat(task.times().created().flatMap(ProviderTimestamp::instant))
        .contains(Instant.ofEpochMilli(1753782854000L));
  }

  @Test
  void maps_a_twelve_stem_record_with_every_documented_role() {
    Stems stems = mapper.stemsTaskFrom(ID, record("stems-split-stem.json")).result().orElseThrow();

    assertThat(stems.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(stems.links().keySet()).containsExactly(StemRole.VOCALS, StemRole.BACKING_VOCALS, StemRole.DRUMS,
        StemRole.BASS, StemRole.GUITAR, StemRole.KEYBOARD, StemRole.PERCUSSION, StemRole.STRINGS, StemRole.SYNTH,
        StemRole.FX, StemRole.BRASS, StemRole.WOODWINDS);
    assertThat(stems.link(StemRole.WOODWINDS)).map(l -> l.url().toString()).contains(
        "https://file.aiquickdraw.com/s/d81545b1-6f94-4388-9785-1aaa6ecabb02_Woodwinds.mp3");
    assertThat(stems.parts()).extracting(StemPart::role)
        .containsExactly(StemRole.KEYBOARD, StemRole.PERCUSSION, StemRole.STRINGS, StemRole.SYNTH);
  }

  @Test
  void maps_the_documented_midi_record_note_by_note() {
    DerivedTask<MidiTranscription> task = mapper.midiTaskFrom(ID, record("midi-kie.json"));
    MidiTranscription midi = task.result().orElseThrow();

    assertThat(task.rawStatus()).isEqualTo("1");
    assertThat(midi.instruments()).hasSize(2);
    assertThat(midi.instruments().get(0).name()).isEqualTo("Drums");
    assertThat(midi.instruments().get(0).notes()).containsExactly(
        new MidiNote(73, 0.036458333333333336, 0.18229166666666666, 1),
        new MidiNote(61, 0.046875, 0.19270833333333334, 1));
    assertThat(midi.instruments().get(1).name()).isEqualTo("Electric Bass (finger)");
    assertThat(midi.instruments().get(1).notes()).containsExactly(new MidiNote(44, 7.6875, 7.911458333333333, 1));
  }

  @Test
  void maps_both_providers_video_records() {
    MusicVideo kie = mapper.videoTaskFrom(ID, record("video-kie.json")).result().orElseThrow();
    MusicVideo org = mapper.videoTaskFrom(ID, record("video-sunoapi-org.json")).result().orElseThrow();

    assertThat(kie.link()).isEqualTo(link("https://example.com/s/04e6****e727.mp4", "2025-01-15 00:10:00"));
    assertThat(kie.source()).contains(new TrackId(KIE, "e231****-****-****-****-****8cadc7dc"));
    assertThat(org.link().url()).isEqualTo(URI.create("https://example.com/videos/video_847715e66259.mp4"));
    assertThat(org.source()).as("sunoapi.org's audioId names the clip")
        .contains(new TrackId(KIE, "e231****-****-****-****-****8cadc7dc"));
  }

  @Test
  void maps_the_cover_record_with_an_integer_status_and_iso_times() {
    DerivedTask<CoverImages> task = mapper.coverTaskFrom(ID, record("cover.json"));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.result().orElseThrow().images()).containsExactly(
        link("https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png",
            "2025-01-29T10:35:27Z"),
        link("https://tempfile.aiquickdraw.com/s/1753958524_c153143acc6340908431cf0e90cbce9e.png",
            "2025-01-29T10:35:27Z"));
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource({
      "WAV, PENDING, WAITING, ",
      "WAV, SUCCESS, SUCCEEDED, ",
      "WAV, CREATE_TASK_FAILED, FAILED, TASK_CREATION_FAILED",
      "WAV, GENERATE_WAV_FAILED, FAILED, GENERATION_FAILED",
      "WAV, CALLBACK_EXCEPTION, FAILED, CALLBACK_FAILED",
      "STEMS, GENERATE_AUDIO_FAILED, FAILED, GENERATION_FAILED",
      "VIDEO, GENERATE_MP4_FAILED, FAILED, GENERATION_FAILED",
      "VIDEO, CALLBACK_EXCEPTION, FAILED, CALLBACK_FAILED",
      "COVER_IMAGE, GENERATE_COVER_FAILED, FAILED, GENERATION_FAILED",
      "COVER_IMAGE, 0, WAITING, ",
      "COVER_IMAGE, 2, RUNNING, ",
      "COVER_IMAGE, 3, FAILED, GENERATION_FAILED",
      "MIDI, 0, WAITING, ",
      "MIDI, 2, FAILED, TASK_CREATION_FAILED",
      "MIDI, 3, FAILED, GENERATION_FAILED",
      "MIDI, '\"3\"', FAILED, GENERATION_FAILED",
      "WAV, pending, WAITING, ",
      "WAV, CONVERTING, UNKNOWN, ",
      "WAV, 1, UNKNOWN, ",
      "MIDI, 4, UNKNOWN, ",
      "MIDI, 1.5, UNKNOWN, ",
  })
  void maps_every_documented_status_and_keeps_unknown_ones_readable(
      DerivedKind kind, String json, TaskState state, FailureKind failure) throws IOException {
    Object value = MOSHI.adapter(Object.class).fromJson(json.matches("[0-9.]+|\".*\"") ? json : "\"" + json + "\"");

    DerivedStatuses.Status status = DerivedStatuses.of(kind, value);

    assertThat(status.state()).isEqualTo(state);
    assertThat(status.failure()).isEqualTo(Optional.ofNullable(failure));
    assertThat(status.raw()).isEqualTo(json.replace("\"", ""));
  }

  @Test
  void a_failed_record_carries_its_message_and_code() {
    DerivedRecord failed = new DerivedRecord("t", null, null, null, null, null, null, null, "GENERATE_WAV_FAILED",
        null, "500", "Audio wav generation failed");

    DerivedTask<WavFile> task = mapper.wavTaskFrom(ID, failed);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.failure()).contains(TaskFailure.of(FailureKind.GENERATION_FAILED, 500,
        "Audio wav generation failed"));
    assertThat(task.result()).isEmpty();
  }

  @Test
  void a_success_without_a_usable_link_makes_no_sense() {
    DerivedRecord noLink = new DerivedRecord("t", null, null, null, null, null,
        new DerivedWire.DerivedResponse("ftp://example.com/a.wav", null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null),
        null, "SUCCESS", null, null, null);

    assertThatIllegalArgumentException().isThrownBy(() -> mapper.wavTaskFrom(ID, noLink))
        .withMessageContaining("carries no usable result");
  }

  @Test
  void wav_callbacks_in_both_spellings_carry_the_link_expiring_14_days_after_receipt() {
    for (String fixture : List.of("wav-kie.json", "wav-kie-cn.json")) {
      CallbackEvent event = callback(fixture);

      assertThat(event.task()).isEqualTo(new TaskId(KIE, "988e****c8d3"));
      assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
      assertThat(event.derived(WavFile.class)).map(WavFile::link)
          .contains(link("https://example.com/s/04e6****e727.wav", "2026-01-15T12:00:00Z"));
    }
  }

  @Test
  void a_failed_wav_callback_is_an_error_event_of_its_kind() {
    CallbackEvent event = callback("wav-failed-sunoapi-org.json");

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.derivedKind()).contains(DerivedKind.WAV);
    assertThat(event.failure()).contains(TaskFailure.of(FailureKind.GENERATION_FAILED, 400,
        "WAV format conversion failed"));
  }

  @Test
  void stems_callbacks_under_either_key_are_read() {
    Stems two = callback("stems-separate-vocal-kie.json").derived(Stems.class).orElseThrow();
    Stems twelve = callback("stems-split-stem-sunoapi-org.json").derived(Stems.class).orElseThrow();

    assertThat(two.type()).isEqualTo(SeparationType.TWO_STEMS);
    assertThat(two.link(StemRole.INSTRUMENTAL)).map(l -> l.url().toString()).contains(
        "https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3");
    assertThat(twelve.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(twelve.links()).hasSize(12);
    assertThat(twelve.link(StemRole.FX)).map(l -> l.url().toString()).contains(
        "https://file.aiquickdraw.com/s/a8822c73-6629-4089-8f2a-d19f41f0007d_FX.mp3");
  }

  @Test
  void a_failed_stems_callback_keeps_its_kind_without_a_result() {
    CallbackEvent event = callback("stems-failed.json");

    assertThat(event.derivedKind()).contains(DerivedKind.STEMS);
    assertThat(event.task().value()).isEqualTo("5e72d367bdfbe44785e28d72cb1697c7");
    assertThat(event.failure()).map(TaskFailure::message).contains("Vocal separation failed");
  }

  @Test
  void midi_callbacks_read_the_top_level_task_id_and_notes_sent_as_strings() {
    CallbackEvent event = callback("midi.json");
    MidiTranscription midi = event.derived(MidiTranscription.class).orElseThrow();

    assertThat(event.task().value()).isEqualTo("5c79****be8e");
    assertThat(midi.noteCount()).isEqualTo(4);
    assertThat(midi.instruments().get(0).notes().get(0))
        .isEqualTo(new MidiNote(73, 0.036458333333333336, 0.18229166666666666, 1));
    assertThat(callback("midi-kie-cn.json").task().value()).as("kie.ai's Chinese page: data.taskId")
        .isEqualTo("5c79****be8e");
  }

  @Test
  void video_callbacks_succeed_with_code_200_or_kies_0_and_fail_otherwise() {
    assertThat(callback("video-sunoapi-org.json").derived(MusicVideo.class)).map(v -> v.link().url().toString())
        .contains("https://example.com/videos/video_847715e66259.mp4");
    assertThat(callback("video-kie-code-0.json").stage()).isEqualTo(CallbackStage.COMPLETE);
    CallbackEvent failed = callback("video-failed-sunoapi-org-cn.json");
    assertThat(failed.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(failed.derivedKind()).contains(DerivedKind.VIDEO);
  }

  @Test
  void cover_callbacks_read_camel_case_task_ids() {
    CallbackEvent done = callback("cover.json");
    CallbackEvent failed = callback("cover-failed-cn.json");

    assertThat(done.task().value()).isEqualTo("21aee3c3c2a01fa5e030b3799fa4dd56");
    assertThat(done.derived(CoverImages.class)).map(c -> c.images().size()).contains(2);
    assertThat(failed.failure()).map(TaskFailure::kind).contains(FailureKind.GENERATION_FAILED);
    assertThat(failed.code()).isEqualTo(501);
  }

  @Test
  void a_music_callback_is_no_derived_kind() throws IOException {
    Map<?, ?> music = (Map<?, ?>) MOSHI.adapter(Object.class).fromJson(
        "{\"code\":200,\"msg\":\"ok\",\"data\":{\"callbackType\":\"complete\",\"task_id\":\"t\",\"data\":[]}}");

    assertThat(DerivedMapper.callbackKindOf(music)).isEmpty();
  }

  @Test
  void a_success_callback_without_its_result_makes_no_sense() {
    DerivedCallback body = new DerivedCallback(null, 200, "success",
        new DerivedWire.DerivedCallbackData("t", null, null, null, null, null, null, null, null, null));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> mapper.callbackEventFrom(ID, DerivedKind.WAV, body, RECEIVED))
        .withMessageContaining("carries no usable result");
  }

  @Test
  void persona_answers_fall_back_to_the_requests_name() {
    PersonaRequest request = PersonaRequest.of(SourceTrack.of(new TaskId(KIE, "5c79"), new TrackId(KIE, "e231")),
        "Electronic Pop Singer", "A modern pop singer");

    Persona persona = mapper.personaFrom(new PersonaAnswer("a1b2****c3d4", null, null), request);

    assertThat(persona).isEqualTo(new Persona(KIE, "a1b2****c3d4", "Electronic Pop Singer", "A modern pop singer"));
  }

  @Test
  void a_boosted_style_carries_its_credits_and_a_pending_or_failed_one_is_refused() {
    BoostedStyle style = mapper.boostedStyleFrom(new StyleAnswer("t", "Pop, mysterious, airy synths", 0.5, "99.5",
        "1", null, ""));

    assertThat(style).isEqualTo(new BoostedStyle("Pop, mysterious, airy synths",
        Optional.of(new BigDecimal("0.5")), Optional.of(new BigDecimal("99.5"))));
    assertThatIllegalArgumentException().isThrownBy(() -> mapper.boostedStyleFrom(
        new StyleAnswer("t", null, null, null, "0", null, null))).withMessageContaining("pending");
    assertThatIllegalArgumentException().isThrownBy(() -> mapper.boostedStyleFrom(
        new StyleAnswer("t", null, null, null, "2", 500, "boom"))).withMessageContaining("(failed): boom");
  }
}
