package io.github.sunoport.adapter.recordinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.MusicRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.Timestamped;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.core.model.AlignedWord;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordInfoMapperTest {
  private static final Moshi MOSHI =
      new Moshi.Builder().add(io.github.sunoport.adapter.support.TolerantText.ADAPTER).build();
  private static final TaskId LYRICS_ID = TaskId.of("family", "11dc****8b0f");
  private static final TaskId MUSIC_ID = TaskId.of("family", "5c79****be8e");

  private final RecordInfoMapper mapper = new RecordInfoMapper(new RequestEchoes(MOSHI));

  private static <D> D dataOf(String fixture, Class<D> type) {
    Type envelope = Types.newParameterizedType(Envelope.class, type);
    JsonAdapter<Envelope<D>> adapter = MOSHI.adapter(envelope);
    try {
      return adapter.fromJson(ProviderHarness.resource("record-info/" + fixture)).data();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LyricsTask lyrics(String fixture) {
    return mapper.lyricsTaskFrom(LYRICS_ID, dataOf(fixture, LyricsRecord.class));
  }

  private MusicTask music(String fixture) {
    return mapper.musicTaskFrom(MUSIC_ID, dataOf(fixture, MusicRecord.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lyrics-lyricsData.json", "lyrics-data-array.json"})
  void reads_lyrics_from_either_array_name(String fixture) {
    // when
    LyricsTask task = lyrics(fixture);

    // then
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("SUCCESS");
    assertThat(task.failure()).isEmpty();
    assertThat(task.request().prompt()).contains("A song about peaceful night in the city");
    assertThat(task.variants()).containsExactly(new LyricsVariant(
        "钢铁侠", "[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火", TaskState.SUCCEEDED, Optional.empty()));
    assertThat(task.variants().get(0).sections())
        .containsExactly(new LyricsSection("Verse", "我穿越城市黑暗夜\n心中燃烧梦想的烈火"));
  }

  @Test
  void reads_variants_of_every_shape_and_skips_null_items() {
    // when
    LyricsTask task = lyrics("lyrics-variants-mixed.json");

    // then
    assertThat(task.variants()).containsExactly(
        new LyricsVariant("星夜狂想", "[Verse]\n月光洒满了窗台\n\n[Chorus]\n星夜梦中找未来", TaskState.SUCCEEDED,
            Optional.empty()),
        new LyricsVariant("", "", TaskState.FAILED, Optional.of("Song Description flagged for moderation")),
        new LyricsVariant("Half", "", TaskState.FAILED, Optional.of("camel wins")),
        new LyricsVariant("y", "x", TaskState.UNKNOWN, Optional.empty()));
    assertThat(task.variants().get(0).sections()).extracting(LyricsSection::label).containsExactly("Verse", "Chorus");
    assertThat(task.request().fields()).containsEntry("prompt", "stars");
  }

  @ParameterizedTest(name = "lyrics {0} -> {1} / {2}")
  @CsvSource({
      "PENDING, WAITING, ",
      "SUCCESS, SUCCEEDED, ",
      "success, SUCCEEDED, ",
      "CREATE_TASK_FAILED, FAILED, TASK_CREATION_FAILED",
      "GENERATE_LYRICS_FAILED, FAILED, GENERATION_FAILED",
      "CALLBACK_EXCEPTION, FAILED, CALLBACK_FAILED",
      "SENSITIVE_WORD_ERROR, FAILED, CONTENT_REJECTED",
      "SOMETHING_NEW, UNKNOWN, "})
  void maps_each_lyrics_status_word_to_a_state_and_failure_kind(String word, TaskState state, FailureKind kind) {
    // given
    LyricsRecord record = new LyricsRecord("t", null, null, word, "LYRICS", 500.0, "Internal Error", null, null);

    // when
    LyricsTask task = mapper.lyricsTaskFrom(LYRICS_ID, record);

    // then
    assertThat(task.state()).isEqualTo(state);
    assertThat(task.rawStatus()).isEqualTo(word);
    if (kind == null) {
      assertThat(task.failure()).isEmpty();
    } else {
      assertThat(task.failure()).contains(TaskFailure.of(kind, 500, "Internal Error"));
    }
  }

  @Test
  void a_lyrics_record_without_status_or_response_is_unknown_and_empty() {
    LyricsTask task = mapper.lyricsTaskFrom(LYRICS_ID, new LyricsRecord(null, null, null, null, null, null, null, null, null));

    assertThat(task.state()).isEqualTo(TaskState.UNKNOWN);
    assertThat(task.rawStatus()).isEmpty();
    assertThat(task.variants()).isEmpty();
    assertThat(task.request().raw()).isEmpty();
  }

  @Test
  void a_failed_music_record_is_a_failed_task_keeping_code_and_chinese_message() {
    // when
    MusicTask task = music("music-failed.json");

    // then
    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.rawStatus()).isEqualTo("GENERATE_AUDIO_FAILED");
    assertThat(task.failure()).contains(new TaskFailure(FailureKind.GENERATION_FAILED, OptionalInt.of(501),
        "生成失败,请重试或联系客服"));
    assertThat(task.tracks()).isEmpty();
    assertThat(task.parentTrack()).isEmpty();
    assertThat(task.request().prompt()).contains("一首平静舒缓的钢琴曲");
    assertThat(task.request().string("style")).contains("平静, 舒缓, 钢琴");
  }

  @Test
  void a_copyright_error_code_sent_as_a_string_makes_the_failure_a_content_rejection() {
    // when
    MusicTask task = music("music-failed-message-in-response-only.json");

    // then
    assertThat(task.failure()).contains(new TaskFailure(FailureKind.CONTENT_REJECTED, OptionalInt.of(400),
        "Lyrics contained copyrighted material"));
  }

  @ParameterizedTest(name = "errorCode {0}")
  @CsvSource(value = {"NULL, ", "501, 501", "'501', 501", "501.0, 501", "501.5, ", "abc, "}, nullValues = "NULL")
  void reads_the_error_code_in_every_form(String form, Integer expected) {
    // given: numbers arrive from Moshi as Double, quoted ones as String
    Object errorCode = form == null ? null
        : form.startsWith("'") ? form.substring(1, form.length() - 1)
        : form.matches("[0-9.]+") ? (Object) Double.valueOf(form) : form;
    MusicRecord record = new MusicRecord("t", null, null, null, "GENERATE_AUDIO_FAILED", null, null, errorCode, "m", null, null);

    // when
    TaskFailure failure = mapper.musicTaskFrom(MUSIC_ID, record).failure().orElseThrow();

    // then
    assertThat(failure.code()).isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    assertThat(failure.kind()).isEqualTo(FailureKind.GENERATION_FAILED);
  }

  @ParameterizedTest(name = "errorCode {0} on {1} -> {2}")
  @CsvSource({
      "400, GENERATE_AUDIO_FAILED, CONTENT_REJECTED",
      "413, GENERATE_AUDIO_FAILED, CONTENT_REJECTED",
      "408, GENERATE_AUDIO_FAILED, GENERATION_FAILED",
      "400, CREATE_TASK_FAILED, TASK_CREATION_FAILED",
      "400, CALLBACK_EXCEPTION, CALLBACK_FAILED",
      "500, SENSITIVE_WORD_ERROR, CONTENT_REJECTED"})
  void refines_the_failure_kind_by_error_code_only_for_generation_failures(double code, String status,
      FailureKind kind) {
    MusicRecord record = new MusicRecord("t", null, null, null, status, null, null, code, null, null, null);

    assertThat(mapper.musicTaskFrom(MUSIC_ID, record).failure().orElseThrow().kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "music {0} -> {1}")
  @CsvSource({
      "PENDING, WAITING", "TEXT_SUCCESS, TEXT_READY", "FIRST_SUCCESS, FIRST_TRACK_READY", "SUCCESS, SUCCEEDED",
      "GENERATE_AUDIO_FAILED, FAILED", "CREATE_TASK_FAILED, FAILED", "CALLBACK_EXCEPTION, FAILED",
      "SENSITIVE_WORD_ERROR, FAILED", "RUNNING, UNKNOWN"})
  void maps_each_music_status_word_to_a_state(String word, TaskState state) {
    MusicRecord record = new MusicRecord("t", null, null, null, word, null, null, null, null, null, null);

    MusicTask task = mapper.musicTaskFrom(MUSIC_ID, record);

    assertThat(task.state()).isEqualTo(state);
    assertThat(task.failure().isPresent()).isEqualTo(state == TaskState.FAILED);
  }

  @Test
  void reads_durations_and_timestamps_in_every_form_and_drops_what_makes_no_sense() {
    // when
    MusicTask task = music("music-odd-values.json");

    // then
    assertThat(task.state()).isEqualTo(TaskState.FIRST_TRACK_READY);
    assertThat(task.operation()).isEqualTo(MusicOperation.EXTEND);
    assertThat(task.parentTrack()).contains(new TrackId(task.id().provider(), "e231****-****-****-****-****8cadc7dc"));
    assertThat(task.request().fields()).containsEntry("continueAt", 60.0).containsEntry("defaultParamFlag", true);
    assertThat(task.tracks()).extracting(t -> t.id().value()).containsExactly(
        "int-duration", "string-duration", "negative-duration", "garbage-duration", "decimal-duration");
    Map<String, Track> byId = new java.util.HashMap<>();
    task.tracks().forEach(t -> byId.put(t.id().value(), t));
    assertThat(byId.get("int-duration").duration()).contains(Duration.ofSeconds(120));
    assertThat(byId.get("string-duration").duration()).contains(Duration.ofMillis(95_500));
    assertThat(byId.get("negative-duration").duration()).isEmpty();
    assertThat(byId.get("garbage-duration").duration()).isEmpty();
    assertThat(byId.get("decimal-duration").duration()).contains(Duration.ofMillis(198_440));
    assertThat(byId.get("int-duration").createdAt()).hasValueSatisfying(at -> {
      assertThat(at.dateTime()).isEqualTo(LocalDateTime.of(2024, 7, 8, 12, 39, 14, 870_428_366));
      assertThat(at.offset()).contains(ZoneOffset.UTC);
    });
    assertThat(byId.get("string-duration").createdAt()).hasValueSatisfying(at -> {
      assertThat(at.dateTime()).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
      assertThat(at.offset()).isEmpty();
    });
    assertThat(byId.get("negative-duration").createdAt()).isEmpty();
    assertThat(byId.get("garbage-duration").createdAt()).isEmpty();
    assertThat(byId.get("int-duration").tags()).containsExactly("a", "b");
    assertThat(byId.get("decimal-duration").audioUrl()).isEmpty();
    assertThat(byId.get("decimal-duration").streamUrl()).contains("https://example.cn/s");
    assertThat(byId.get("decimal-duration").title()).isEmpty();
    assertThat(byId.get("decimal-duration").lyrics()).isEmpty();
    assertThat(byId.get("decimal-duration").modelName()).isEmpty();
  }

  @Test
  void keeps_a_garbage_param_raw_and_reads_operation_words_in_any_case() {
    // when
    MusicTask task = music("music-param-garbage.json");

    // then
    assertThat(task.state()).isEqualTo(TaskState.TEXT_READY);
    assertThat(task.request().raw()).isEqualTo("{\"prompt\": oops");
    assertThat(task.request().fields()).isEmpty();
    assertThat(task.operation()).isEqualTo(MusicOperation.UPLOAD_COVER);
    assertThat(task.parentTrack()).isEmpty();
  }

  @Test
  void an_unknown_status_word_is_unknown_with_the_word_kept_and_a_missing_param_is_empty() {
    // when
    MusicTask task = music("music-param-missing.json");

    // then
    assertThat(task.state()).isEqualTo(TaskState.UNKNOWN);
    assertThat(task.rawStatus()).isEqualTo("QUEUED_SOMEWHERE_NEW");
    assertThat(task.failure()).isEmpty();
    assertThat(task.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(task.request().raw()).isEmpty();
    assertThat(task.tracks()).isEmpty();
  }

  @ParameterizedTest(name = "operationType {0} -> {1}")
  @CsvSource(value = {
      "generate, GENERATE", "extend, EXTEND", "upload_cover, UPLOAD_COVER", "upload_extend, UPLOAD_EXTEND",
      "Extend, EXTEND", "null, UNKNOWN", "NULL, UNKNOWN", "mashup, MASHUP", "add-vocals, ADD_VOCALS",
      "Replace Section, REPLACE_SECTION", "remix_v9, UNKNOWN"}, nullValues = "NULL")
  void maps_each_operation_type(String word, MusicOperation operation) {
    MusicRecord record = new MusicRecord("t", null, null, null, "SUCCESS", null, word, null, null, null, null);

    assertThat(mapper.musicTaskFrom(MUSIC_ID, record).operation()).isEqualTo(operation);
  }

  @Test
  void a_track_with_every_field_null_is_refused_by_the_domain_model() {
    MusicRecord record = dataOf("music-track-all-null.json", MusicRecord.class);

    assertThatThrownBy(() -> mapper.musicTaskFrom(MUSIC_ID, record))
        .isInstanceOf(io.github.sunoport.core.error.InvalidRequestException.class)
        .hasMessageContaining("track id is missing");
  }

  @Test
  void reads_timestamped_words_giving_missing_timings_zero_or_the_start() {
    // when
    List<AlignedWord> words = mapper.timestampedLyricsFrom(dataOf("timestamped.json", Timestamped.class)).words();

    // then
    assertThat(words).containsExactly(
        new AlignedWord("[Verse]\nWaggin'", true, Duration.ofMillis(1_360), Duration.ofMillis(1_790)),
        new AlignedWord("tail", false, Duration.ofSeconds(2), Duration.ofSeconds(2)),
        new AlignedWord("", false, Duration.ZERO, Duration.ZERO));
  }

  @Test
  void reads_what_real_traffic_sends_epoch_millis_source_urls_and_retyped_fields_keeping_the_rest() {
    // when
    MusicTask task = music("music-real-traffic.json");

    // then: the task is whole, and times given as epoch milliseconds (number or text) are read
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.tracks()).hasSize(2);
    assertThat(task.times().created().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.ofEpochMilli(1_753_782_854_000L));
    assertThat(task.times().ended().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.ofEpochMilli(1_753_782_937_000L));
    Track first = task.tracks().get(0);
    assertThat(first.createdAt().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.ofEpochMilli(1_753_782_854_000L));
    // tags sent as an array, a title and model sent as objects: the tags are read, the others left out
    assertThat(first.tags()).containsExactly("electrifying", "rock");
    assertThat(first.title()).isEmpty();
    assertThat(first.modelName()).isEmpty();
    assertThat(first.duration()).contains(Duration.ofMillis(198_440));
    // the source_* URLs of uploaded audio reach the domain model beside the provider's own copy
    assertThat(first.audioUrl()).contains("https://example.cn/a.mp3");
    assertThat(first.sourceAudioUrl()).contains("https://cdn1.suno.example/a.mp3");
    assertThat(first.sourceStreamUrl()).contains("https://cdn1.suno.example/a");
    assertThat(first.sourceImageUrl()).contains("https://cdn2.suno.example/a.jpeg");
    Track second = task.tracks().get(1);
    assertThat(second.lyrics()).isEqualTo("42");
    assertThat(second.tags()).containsExactly("calm", "piano");
    assertThat(second.sourceAudioUrl()).isEmpty();
  }

  @Test
  void reads_task_times_of_a_lyrics_record_and_keeps_a_variant_whose_fields_changed_type() {
    // when
    LyricsTask task = lyrics("lyrics-epoch-times.json");

    // then
    assertThat(task.times().created().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.parse("2025-01-15T10:30:00Z"));
    assertThat(task.times().ended().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.ofEpochMilli(1_736_937_327_000L));
    assertThat(task.variants()).singleElement().satisfies(v -> {
      assertThat(v.title()).isEqualTo("Rain");
      assertThat(v.text()).isEqualTo("[Verse]\nrain");
      assertThat(v.error()).isEmpty();
    });
  }

  @Test
  void an_essential_field_of_the_wrong_type_still_fails_the_answer_loudly() {
    assertThatThrownBy(() -> dataOf("music-status-as-object.json", MusicRecord.class))
        .isInstanceOf(com.squareup.moshi.JsonDataException.class).hasMessageContaining("status");
  }
}
