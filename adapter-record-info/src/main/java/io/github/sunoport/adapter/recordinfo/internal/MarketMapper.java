package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Result;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Song;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsItem;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.Timestamped;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps kie.ai's Market records to the same domain values as the legacy route: {@code state} to {@link TaskState},
 * {@code failCode}/{@code failMsg} to {@link TaskFailure}, {@code resultJson} per operation ({@link MarketModel}),
 * times from epoch milliseconds, and the result links' documented lifetime
 * (https://docs.kie.ai/market/common/get-task-detail: "typically expire after 24 hours") as
 * {@link TaskTimes#linksExpire()}.
 */
public final class MarketMapper {
  private static final Map<String, TaskState> STATES = Map.of(
      "waiting", TaskState.WAITING,
      "queuing", TaskState.WAITING,
      "generating", TaskState.RUNNING,
      "success", TaskState.SUCCEEDED,
      "fail", TaskState.FAILED);
  /** Epoch milliseconds from 2001 on: smaller numbers are not Market times (seconds, or garbage). */
  private static final long EARLIEST_MILLIS = 978_307_200_000L;
  /** The end of year 9999: larger numbers are garbage, not times. */
  private static final long LATEST_MILLIS = 253_402_300_799_999L;
  private static final int RESULT_MAX_CHARS = 4 * 1024 * 1024;
  /** The models whose {@code resultJson.data} lists songs. */
  private static final MarketModel[] MUSIC = java.util.Arrays.stream(MarketModel.values())
      .filter(m -> m.music().isPresent()).toArray(MarketModel[]::new);

  private final RequestEchoes echoes;
  private final JsonAdapter<Result> results;
  private final Duration linkLifetime;

  /** Returns a mapper reading echoes with {@code echoes} and results with {@code moshi}. */
  public MarketMapper(RequestEchoes echoes, Moshi moshi, Duration linkLifetime) {
    this.echoes = echoes;
    this.results = moshi.adapter(Result.class);
    this.linkLifetime = linkLifetime;
  }

  /** The normalized state of a Market {@code state} word; unknown words are {@code UNKNOWN}. */
  public static TaskState stateOf(String state) {
    return state == null ? TaskState.UNKNOWN
        : STATES.getOrDefault(state.strip().toLowerCase(Locale.ROOT), TaskState.UNKNOWN);
  }

  /** Maps the record of a lyrics task; the variants are read from {@code resultJson} once it succeeded. */
  public LyricsTask lyricsTaskFrom(TaskId id, TaskRecord record) {
    expect(record, MarketModel.LYRICS);
    TaskState state = stateOf(record.state());
    List<LyricsVariant> variants = new ArrayList<>();
    if (state == TaskState.SUCCEEDED) {
      Result result = result(record);
      var lyrics = Answers.required(result.resultObject(), "resultJson.resultObject").lyricsData();
      for (LyricsItem item : Answers.required(lyrics, "resultJson.resultObject.lyricsData")) {
        if (item != null) {
          variants.add(RecordInfoMapper.variantFrom(item));
        }
      }
    }
    return new LyricsTask(id, state, raw(record), echo(record.param()), variants, failureOf(state, record),
        times(record, state));
  }

  /**
   * Maps the record of a music-shaped task (generate, extend, music from audio, sounds): its operation from the
   * record's {@code model}, its parent from {@code input.audio_id} (extend, replace-section), the songs once it
   * succeeded.
   */
  public MusicTask musicTaskFrom(TaskId id, TaskRecord record) {
    MarketModel model = expect(record, MUSIC);
    TaskState state = stateOf(record.state());
    RequestEcho echo = echo(record.param());
    List<Track> tracks = state == TaskState.SUCCEEDED ? tracksOf(id.provider(), result(record)) : List.of();
    return MusicTask.builder(id, state)
        .rawStatus(raw(record))
        .operation(model.music().orElse(MusicOperation.UNKNOWN))
        .parentTrack(echo.string("audio_id").filter(s -> !s.isBlank())
            .map(parent -> new TrackId(id.provider(), parent)).orElse(null))
        .request(echo)
        .tracks(tracks)
        .failure(failureOf(state, record).orElse(null))
        .times(times(record, state))
        .build();
  }

  /**
   * Maps a Market callback's record: {@code success} is {@code COMPLETE} with the result of its operation,
   * {@code fail} is {@code ERROR}.
   *
   * @throws IllegalArgumentException if the state is not final or the operation is one this library does not send
   */
  public CallbackEvent callbackEventFrom(TaskId task, int code, String message, TaskRecord record) {
    TaskState state = stateOf(record.state());
    MarketModel model = MarketModel.of(record.model()).orElseThrow(() -> new IllegalArgumentException(
        "unknown model '" + record.model() + "'"));
    if (state == TaskState.FAILED) {
      TaskFailure failure = failureOf(state, record).orElseThrow();
      return new CallbackEvent(task, CallbackStage.ERROR, List.of(), List.of(), Optional.of(failure), code,
          message);
    }
    if (state != TaskState.SUCCEEDED) {
      throw new IllegalArgumentException("state '" + record.state() + "' is not final");
    }
    if (model == MarketModel.LYRICS) {
      return new CallbackEvent(task, CallbackStage.COMPLETE, lyricsTaskFrom(task, record).variants(), List.of(),
          Optional.empty(), code, message);
    }
    return new CallbackEvent(task, CallbackStage.COMPLETE, List.of(), tracksOf(task.provider(), result(record)),
        Optional.empty(), code, message);
  }

  /** Maps the words the create call of timestamped lyrics answers with. */
  public TimestampedLyrics timestampedLyricsFrom(MarketWire.Created created, RecordInfoMapper legacy) {
    return legacy.timestampedLyricsFrom(new Timestamped(
        Answers.required(created.alignedWords(), "data.alignedWords"), created.isStreamed()));
  }

  private List<Track> tracksOf(ProviderId provider, Result result) {
    List<Track> tracks = new ArrayList<>();
    for (Song song : Answers.required(result.data(), "resultJson.data")) {
      if (song != null) {
        tracks.add(Track.builder(new TrackId(provider, song.id()))
            .title(song.title())
            .lyrics(song.prompt())
            .tags(Values.tags(song.tags()))
            .modelName(song.modelName())
            .audioUrl(song.audioUrl())
            .streamUrl(song.streamAudioUrl())
            .imageUrl(song.imageUrl())
            .createdAt(timestamp(song.createTime()).orElse(null))
            .duration(Values.seconds(song.duration()).orElse(null))
            .build());
      }
    }
    return tracks;
  }

  /**
   * Reads {@code resultJson}: a JSON string as documented (an object already parsed is accepted too). A succeeded
   * task without one, or with text that is not the documented object, is a protocol error, never an empty result.
   */
  private Result result(TaskRecord record) {
    return resultJson(record, results);
  }

  /** Reads {@code resultJson} with {@code adapter}, as {@link #result} does: absent or garbage is an error. */
  static <T> T resultJson(TaskRecord record, JsonAdapter<T> adapter) {
    Object json = record.resultJson();
    try {
      if (json instanceof Map<?, ?> parsed) {
        return Answers.required(adapter.fromJsonValue(parsed), "resultJson");
      }
      String text = Answers.required(json instanceof String s && !s.isBlank() ? s : null, "resultJson");
      if (text.length() > RESULT_MAX_CHARS) {
        throw new IllegalArgumentException("resultJson is over " + RESULT_MAX_CHARS + " characters");
      }
      return Answers.required(adapter.fromJson(text), "resultJson");
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("resultJson is not the documented JSON object: " + e.getMessage(), e);
    }
  }

  /** The request as echoed: the fields of {@code param}'s {@code input}, the whole text kept raw. */
  @SuppressWarnings("unchecked")
  RequestEcho echo(Object param) {
    RequestEcho whole = echoes.read(param);
    Object input = whole.fields().get("input");
    return input instanceof Map<?, ?> fields ? RequestEcho.of(whole.raw(), (Map<String, Object>) fields) : whole;
  }

  private static String raw(TaskRecord record) {
    return Optional.ofNullable(record.state()).orElse("");
  }

  /** Checks that the record is of one of {@code expected}; a record without a model is taken as asked. */
  static MarketModel expect(TaskRecord record, MarketModel... expected) {
    if (record.model() == null || record.model().isBlank()) {
      return expected[0];
    }
    for (MarketModel model : expected) {
      if (model.id().equals(record.model())) {
        return model;
      }
    }
    throw new IllegalArgumentException("task " + record.taskId() + " is a '" + record.model()
        + "' task, not one of " + java.util.Arrays.stream(expected).map(MarketModel::id).toList());
  }

  /**
   * {@code fail} with its {@code failCode} and {@code failMsg}. The Market documents no code table for Suno tasks;
   * the legacy route's content codes (400 flagged lyrics, 413 audio matching an existing work) keep their meaning,
   * any other failure is a failed generation.
   */
  private static Optional<TaskFailure> failureOf(TaskState state, TaskRecord record) {
    if (state != TaskState.FAILED) {
      return Optional.empty();
    }
    Integer code = Values.integer(record.failCode()).orElse(null);
    return Optional.of(TaskFailure.of(failureKind(code), code, Optional.ofNullable(record.failMsg()).orElse("")));
  }

  /** The kind of a {@code fail} with {@code failCode} (see {@link #failureOf}). */
  static FailureKind failureKind(Integer failCode) {
    return failCode != null && (failCode == 400 || failCode == 413) ? FailureKind.CONTENT_REJECTED
        : FailureKind.GENERATION_FAILED;
  }

  private TaskTimes times(TaskRecord record, TaskState state) {
    Optional<ProviderTimestamp> ended = timestamp(record.completeTime());
    Optional<ProviderTimestamp> expire = state == TaskState.SUCCEEDED
        ? ended.map(t -> ProviderTimestamp.ofEpochMillis(
            t.toInstant(ZoneOffset.UTC).plus(linkLifetime).toEpochMilli()))
        : Optional.empty();
    return new TaskTimes(timestamp(record.createTime()), Optional.empty(), ended, expire);
  }

  /** Epoch milliseconds (a number or a numeric string), else a date-time text; anything else is absent. */
  static Optional<ProviderTimestamp> timestamp(Object value) {
    Optional<BigDecimal> number = Values.decimal(value);
    if (number.isPresent()) {
      long millis = number.get().longValue();
      return millis < EARLIEST_MILLIS || millis > LATEST_MILLIS ? Optional.empty()
          : Optional.of(ProviderTimestamp.ofEpochMillis(millis));
    }
    return value instanceof String text ? ProviderTimestamp.tryParse(text) : Optional.empty();
  }
}
