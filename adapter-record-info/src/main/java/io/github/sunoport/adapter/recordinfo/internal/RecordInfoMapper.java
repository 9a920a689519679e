package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.WireRecords.AlignedWordWire;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.CallbackBody;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.CallbackData;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.CallbackItem;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.ExtendSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.GenerateSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsItem;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.MusicRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.SunoTrack;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.Timestamped;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.Seconds;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.AlignedWord;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps between the family's wire records and the domain model, in both directions. */
public final class RecordInfoMapper {
  private static final Map<String, TaskState> STATES = Map.of(
      "PENDING", TaskState.WAITING,
      "TEXT_SUCCESS", TaskState.TEXT_READY,
      "FIRST_SUCCESS", TaskState.FIRST_TRACK_READY,
      "SUCCESS", TaskState.SUCCEEDED,
      "CREATE_TASK_FAILED", TaskState.FAILED,
      "GENERATE_AUDIO_FAILED", TaskState.FAILED,
      "GENERATE_LYRICS_FAILED", TaskState.FAILED,
      "CALLBACK_EXCEPTION", TaskState.FAILED,
      "SENSITIVE_WORD_ERROR", TaskState.FAILED);
  private static final Map<String, FailureKind> FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "GENERATE_LYRICS_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);
  /**
   * The {@code operationType} words, compared without case, '_', '-' or spaces. kie documents generate, extend,
   * upload_cover and upload_extend; the others are read in the same spelling should a provider send them, and any
   * other word is {@code UNKNOWN}, kept as {@link MusicTask#rawOperation()}.
   */
  private static final Map<String, MusicOperation> OPERATIONS = Map.ofEntries(
      Map.entry("generate", MusicOperation.GENERATE),
      Map.entry("extend", MusicOperation.EXTEND),
      Map.entry("uploadcover", MusicOperation.UPLOAD_COVER),
      Map.entry("uploadextend", MusicOperation.UPLOAD_EXTEND),
      Map.entry("addvocals", MusicOperation.ADD_VOCALS),
      Map.entry("addinstrumental", MusicOperation.ADD_INSTRUMENTAL),
      Map.entry("replacesection", MusicOperation.REPLACE_SECTION),
      Map.entry("mashup", MusicOperation.MASHUP),
      Map.entry("sounds", MusicOperation.SOUNDS));

  private static final Map<String, CallbackStage> CALLBACK_STAGES = Map.of(
      "text", CallbackStage.TEXT_READY,
      "first", CallbackStage.FIRST_TRACK_READY,
      "complete", CallbackStage.COMPLETE,
      "error", CallbackStage.ERROR);
  /**
   * Callback {@code code} → kind (the music table both providers share,
   * https://docs.kie.ai/suno-api/generate-music-callbacks, and https://docs.kie.ai/suno-api/generate-lyrics-callbacks /
   * https://docs.sunoapi.org/suno-api/generate-lyrics-callbacks for lyrics): 400 copyrighted or flagged content and 413
   * audio matching an existing work are rejected content; 408 timeout, 451 download failed, 500/531 server errors and
   * 501 "generation failed" are failed generations. Any other code is {@code UNKNOWN}.
   */
  private static final Map<Integer, FailureKind> CALLBACK_FAILURES = Map.of(
      400, FailureKind.CONTENT_REJECTED,
      413, FailureKind.CONTENT_REJECTED,
      408, FailureKind.GENERATION_FAILED,
      451, FailureKind.GENERATION_FAILED,
      500, FailureKind.GENERATION_FAILED,
      501, FailureKind.GENERATION_FAILED,
      531, FailureKind.GENERATION_FAILED);
  private static final int CALLBACK_SUCCESS = 200;

  private final RequestEchoes echoes;

  /** Returns a mapper reading request echoes with {@code echoes}. */
  public RecordInfoMapper(RequestEchoes echoes) {
    this.echoes = echoes;
  }

  /** Maps a lyrics record; unknown status words become {@code UNKNOWN} with the word kept. */
  public LyricsTask lyricsTaskFrom(TaskId id, LyricsRecord record) {
    String status = Optional.ofNullable(record.status()).orElse("");
    List<LyricsItem> items = record.response() == null ? null
        : Optional.ofNullable(record.response().lyricsData()).orElse(record.response().data());
    List<LyricsVariant> variants = new ArrayList<>(items == null ? 0 : items.size());
    for (LyricsItem item : items == null ? List.<LyricsItem>of() : items) {
      if (item != null) {
        variants.add(variantFrom(item));
      }
    }
    TaskState state = stateOf(status);
    return new LyricsTask(id, state, status, echoes.read(record.param()), variants,
        failureOf(state, status, record.errorCode(), record.errorMessage()),
        timesOf(record.createTime(), record.completeTime()));
  }

  /** Maps a music record; a failed record is a task in state {@code FAILED}, its tracks kept. */
  public MusicTask musicTaskFrom(TaskId id, MusicRecord record) {
    String status = Optional.ofNullable(record.status()).orElse("");
    TaskState state = stateOf(status);
    String message = Optional.ofNullable(record.errorMessage())
        .orElse(record.response() == null ? null : record.response().errorMessage());
    List<Track> tracks = new ArrayList<>(2);
    if (record.response() != null && record.response().sunoData() != null) {
      for (SunoTrack wire : record.response().sunoData()) {
        if (wire != null) {
          tracks.add(trackFrom(id.provider(), wire));
        }
      }
    }
    return MusicTask.builder(id, state)
        .rawStatus(status)
        .operation(operationOf(record.operationType()))
        .rawOperation(record.operationType())
        .parentTrack(Answers.text(record.parentMusicId()).map(parent -> new TrackId(id.provider(), parent))
            .orElse(null))
        .request(echoes.read(record.param()))
        .tracks(tracks)
        .failure(failureOf(state, status, record.errorCode(), message).orElse(null))
        .times(timesOf(record.createTime(), record.completeTime()))
        .build();
  }

  /** A record's {@code createTime} and {@code completeTime}, each text or epoch milliseconds, when sent. */
  private static TaskTimes timesOf(Object createTime, Object completeTime) {
    if (createTime == null && completeTime == null) {
      return TaskTimes.none();
    }
    return new TaskTimes(Values.timestamp(createTime), Optional.empty(), Values.timestamp(completeTime));
  }

  /** The operation a provider's word names; {@code UNKNOWN} for none or a word this library does not know. */
  public static MusicOperation operationOf(String word) {
    if (word == null) {
      return MusicOperation.UNKNOWN;
    }
    String key = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return OPERATIONS.getOrDefault(key, MusicOperation.UNKNOWN);
  }

  /** Maps a track that {@code provider} made, as record-info writes it. */
  public Track trackFrom(ProviderId provider, SunoTrack wire) {
    return Track.builder(new TrackId(provider, wire.id()))
        .title(wire.title())
        .lyrics(wire.prompt())
        .tags(Values.tags(wire.tags()))
        .modelName(wire.modelName())
        .audioUrl(wire.audioUrl())
        .streamUrl(wire.streamAudioUrl())
        .imageUrl(wire.imageUrl())
        .createdAt(Values.timestamp(wire.createTime()).orElse(null))
        .duration(Values.seconds(wire.duration()).orElse(null))
        .sourceAudioUrl(wire.sourceAudioUrl())
        .sourceStreamUrl(wire.sourceStreamAudioUrl())
        .sourceImageUrl(wire.sourceImageUrl())
        .build();
  }

  /** The task id a callback names: {@code data.task_id} as documented, else {@code data.taskId}; empty if neither. */
  public static Optional<String> callbackTaskId(CallbackBody body) {
    CallbackData data = body.data();
    return data == null ? Optional.empty() : Optional.ofNullable(firstText(data.taskIdSnake(), data.taskId()));
  }

  /**
   * The stage of a callback: a {@code code} other than 200 is {@code ERROR} whatever {@code callbackType} says
   * (kie.ai's failed lyrics keep {@code complete}, https://docs.kie.ai/suno-api/generate-lyrics-callbacks); otherwise
   * the {@code callbackType} word. Empty for a missing code or data, or an unknown word.
   */
  public static Optional<CallbackStage> callbackStageOf(CallbackBody body) {
    if (body.code() == null || body.data() == null) {
      return Optional.empty();
    }
    if (body.code() != CALLBACK_SUCCESS) {
      return Optional.of(CallbackStage.ERROR);
    }
    String type = Optional.ofNullable(body.data().callbackType()).orElse("").strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(CALLBACK_STAGES.get(type));
  }

  /**
   * Maps a callback whose stage {@link #callbackStageOf} knows. Lyrics and music callbacks are told apart by
   * content, since both use {@code data.data}: items with a track {@code id} or an audio URL are tracks, any
   * others lyric variants; a callback without items carries neither. Tracks and variants go through the same
   * mapping as polled records, so both read alike.
   *
   * @throws IllegalArgumentException if the stage is unknown or a value is one the domain model refuses
   */
  public CallbackEvent callbackEventFrom(TaskId task, CallbackBody body) {
    CallbackStage stage = callbackStageOf(body)
        .orElseThrow(() -> new IllegalArgumentException("unknown callbackType " + body.data().callbackType()));
    CallbackData data = body.data();
    List<CallbackItem> items = new ArrayList<>();
    // The array is data.data, or lyricsData in sunoapi.org's newer lyrics copy; either may be null.
    for (List<CallbackItem> list : java.util.Arrays.asList(data.data(), data.lyricsData())) {
      if (list != null) {
        list.stream().filter(java.util.Objects::nonNull).forEach(items::add);
      }
    }
    boolean music = items.stream().anyMatch(i -> i.id() != null || asTrack(i).audioUrl() != null);
    List<Track> tracks = new ArrayList<>();
    List<LyricsVariant> variants = new ArrayList<>();
    for (CallbackItem item : items) {
      if (music) {
        tracks.add(trackFrom(task.provider(), asTrack(item)));
      } else {
        variants.add(variantFrom(new LyricsItem(item.text(), item.title(), item.status(), item.errorMessage(),
            item.errorMessageSnake())));
      }
    }
    String message = Optional.ofNullable(body.msg()).orElse("");
    Optional<TaskFailure> failure = Optional.empty();
    if (stage == CallbackStage.ERROR) {
      int code = body.code();
      failure = Optional.of(TaskFailure.of(CALLBACK_FAILURES.getOrDefault(code, FailureKind.UNKNOWN),
          code == CALLBACK_SUCCESS ? null : code, message));
    }
    return new CallbackEvent(task, stage, variants, tracks, failure, body.code(), message);
  }

  /** A callback item as record-info writes a track: snake_case first, then camelCase, then the source_* copy. */
  private static SunoTrack asTrack(CallbackItem i) {
    return new SunoTrack(i.id(),
        firstText(i.audioUrlSnake(), i.audioUrl(), i.sourceAudioUrlSnake(), i.sourceAudioUrl()),
        firstText(i.streamAudioUrlSnake(), i.streamAudioUrl(), i.sourceStreamAudioUrlSnake(),
            i.sourceStreamAudioUrl()),
        firstText(i.imageUrlSnake(), i.imageUrl(), i.sourceImageUrlSnake(), i.sourceImageUrl()),
        i.prompt(), firstText(i.modelNameSnake(), i.modelName()), i.title(), i.tags(),
        i.createTime() != null ? i.createTime() : i.createTimeSnake(), i.duration(),
        firstText(i.sourceAudioUrlSnake(), i.sourceAudioUrl()),
        firstText(i.sourceStreamAudioUrlSnake(), i.sourceStreamAudioUrl()),
        firstText(i.sourceImageUrlSnake(), i.sourceImageUrl()));
  }

  private static String firstText(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** Maps timestamped lyrics; a word without timings gets zero. */
  public TimestampedLyrics timestampedLyricsFrom(Timestamped data) {
    List<AlignedWord> words = new ArrayList<>();
    for (AlignedWordWire w : data.alignedWords() == null ? List.<AlignedWordWire>of() : data.alignedWords()) {
      if (w != null) {
        Duration start = Values.seconds(w.startS()).orElse(Duration.ZERO);
        Duration end = Values.seconds(w.endS()).orElse(start);
        words.add(new AlignedWord(Optional.ofNullable(w.word()).orElse(""), Values.flag(w.success()).orElse(false),
            start, end));
      }
    }
    return new TimestampedLyrics(words);
  }

  /** Maps a lyrics request; the callback URL has been resolved by the caller. */
  public LyricsSubmit toWire(LyricsRequest request, URI callbackUrl) {
    return new LyricsSubmit(request.prompt(), AudioMapper.uri(callbackUrl));
  }

  /** Maps a music request, with the provider's name for the model. */
  public GenerateSubmit toWire(MusicRequest r, String wireModel, URI callbackUrl) {
    return new GenerateSubmit(r.prompt().orElse(null), r.style().orElse(null), r.title().orElse(null),
        r.customMode(), r.instrumental(), wireModel, AudioMapper.uri(callbackUrl), r.negativeTags().orElse(null),
        Values.vocalGender(r.vocalGender()), Values.boxed(r.styleWeight()), Values.boxed(r.weirdnessConstraint()),
        Values.boxed(r.audioWeight()), r.personaId().orElse(null), AudioMapper.personaModel(r.tuning()),
        r.lyrics().orElse(null), r.variety().isPresent() ? r.variety().getAsInt() : null,
        r.duration().map(d -> (int) d.getSeconds()).orElse(null));
  }

  /**
   * Maps an extend request of the parent track {@code audioId} (the family's wire name for it);
   * {@code defaultParamFlag} is true when the caller overrides the parameters.
   */
  public ExtendSubmit toWire(ExtendRequest r, String audioId, String wireModel, URI callbackUrl) {
    return new ExtendSubmit(!r.keepSourceParameters(), audioId, r.prompt().orElse(null),
        r.style().orElse(null), r.title().orElse(null), r.continueAt().map(Seconds::toSeconds).orElse(null),
        wireModel, AudioMapper.uri(callbackUrl), r.instrumental() ? Boolean.TRUE : null,
        r.tuning().negativeTags().orElse(null), Values.vocalGender(r.tuning().vocalGender()),
        Values.boxed(r.tuning().styleWeight()), Values.boxed(r.tuning().weirdnessConstraint()),
        Values.boxed(r.tuning().audioWeight()), r.tuning().personaId().orElse(null),
        AudioMapper.personaModel(r.tuning()));
  }

  static LyricsVariant variantFrom(LyricsItem item) {
    String status = Optional.ofNullable(item.status()).orElse("").toLowerCase(Locale.ROOT);
    TaskState state = switch (status) {
      case "complete" -> TaskState.SUCCEEDED;
      case "failed" -> TaskState.FAILED;
      default -> TaskState.UNKNOWN;
    };
    String error = Optional.ofNullable(item.errorMessage()).orElse(item.errorMessageSnake());
    return new LyricsVariant(Optional.ofNullable(item.title()).orElse(""), Optional.ofNullable(item.text()).orElse(""),
        state, error == null || error.isBlank() ? Optional.empty() : Optional.of(error));
  }

  /** The normalized state of a status word; unknown words are {@code UNKNOWN}. */
  public static TaskState stateOf(String status) {
    return STATES.getOrDefault(status.toUpperCase(Locale.ROOT), TaskState.UNKNOWN);
  }

  private static Optional<TaskFailure> failureOf(TaskState state, String status, Object errorCode, String message) {
    if (state != TaskState.FAILED) {
      return Optional.empty();
    }
    Integer code = Values.integer(errorCode).orElse(null);
    FailureKind kind = FAILURES.getOrDefault(status.toUpperCase(Locale.ROOT), FailureKind.UNKNOWN);
    // Both providers report copyrighted lyrics as 400 and audio matching an existing work as 413.
    if (kind == FailureKind.GENERATION_FAILED && code != null && (code == 400 || code == 413)) {
      kind = FailureKind.CONTENT_REJECTED;
    }
    return Optional.of(TaskFailure.of(kind, code, message));
  }
}
