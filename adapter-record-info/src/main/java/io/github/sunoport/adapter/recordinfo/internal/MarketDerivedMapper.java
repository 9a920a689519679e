package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.DerivedStatuses.Status;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedRecord;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedResponse;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiData;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.Result;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.TaskRecord;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.WavFile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps kie.ai's Market records of the derived models to the same domain values as the legacy route. kie's task
 * page documents only the envelope (https://docs.kie.ai/market/common/get-task-detail); third parties measured
 * {@code {"resultUrls":[…]}} for convert-to-wav-format and create-music-video in October 2026. The other shapes are
 * NOT documented: they are this library's design, inferred from the legacy record-info pages (such as
 * https://docs.kie.ai/suno-api/separate-vocals), and what the mock server sends: cover-generate
 * {@code {"resultUrls":[image, …]}} as Market's image models answer; separate-vocals the legacy record's
 * {@code response} ({@code vocalUrl}, {@code instrumentalUrl}, …, {@code originData}); generate-midi-from-audio the
 * legacy {@code midiData} ({@code state}, {@code instruments}). Each record is turned into the legacy record and read
 * by {@link DerivedMapper}, with the Market {@code state} instead of the legacy flags; links carry the Market's
 * 24-hour lifetime from {@code completeTime}.
 */
public final class MarketDerivedMapper {
  private final DerivedMapper derived;
  private final MarketMapper market;
  private final JsonAdapter<Result> links;
  private final JsonAdapter<DerivedResponse> stems;
  private final JsonAdapter<MidiData> notes;

  /** Returns the mapper of {@code provider}, whose links of each kind live {@code retention}. */
  public MarketDerivedMapper(ProviderId provider, Function<DerivedKind, Optional<Duration>> retention,
      MarketMapper market, Moshi moshi) {
    this.derived = new DerivedMapper(provider, retention, MarketDerivedMapper::status);
    this.market = market;
    this.links = moshi.adapter(Result.class);
    this.stems = moshi.adapter(DerivedResponse.class);
    this.notes = moshi.adapter(MidiData.class);
  }

  /** The legacy mapper: the request bodies, the persona and the boosted style read the same on both routes. */
  public DerivedMapper legacy() {
    return derived;
  }

  /** A WAV record. */
  public DerivedTask<WavFile> wavTaskFrom(TaskId id, TaskRecord record) {
    return derived.wavTaskFrom(id, legacyRecord(record, MarketModel.WAV));
  }

  /** A separation record. */
  public DerivedTask<Stems> stemsTaskFrom(TaskId id, TaskRecord record) {
    return derived.stemsTaskFrom(id, legacyRecord(record, MarketModel.STEMS));
  }

  /** A MIDI record. */
  public DerivedTask<MidiTranscription> midiTaskFrom(TaskId id, TaskRecord record) {
    return derived.midiTaskFrom(id, legacyRecord(record, MarketModel.MIDI));
  }

  /** A music-video record. */
  public DerivedTask<MusicVideo> videoTaskFrom(TaskId id, TaskRecord record) {
    return derived.videoTaskFrom(id, legacyRecord(record, MarketModel.VIDEO));
  }

  /** A cover-image record. */
  public DerivedTask<CoverImages> coverTaskFrom(TaskId id, TaskRecord record) {
    return derived.coverTaskFrom(id, legacyRecord(record, MarketModel.COVER_IMAGE));
  }

  /**
   * The callback of a derived task, whose body carries the final record: {@code success} is the completed result,
   * {@code fail} the failure.
   *
   * @throws IllegalArgumentException if the state is not final or the result is missing or unreadable
   */
  public CallbackEvent callbackEventFrom(TaskId task, int code, String message, TaskRecord record, DerivedKind kind) {
    DerivedTask<?> done = switch (kind) {
      case WAV -> wavTaskFrom(task, record);
      case STEMS -> stemsTaskFrom(task, record);
      case MIDI -> midiTaskFrom(task, record);
      case VIDEO -> videoTaskFrom(task, record);
      case COVER_IMAGE -> coverTaskFrom(task, record);
    };
    if (done.state() == TaskState.FAILED) {
      return CallbackEvent.derivedFailed(task, kind, done.failure().orElseThrow(), code, message);
    }
    return CallbackEvent.derivedComplete(task, done.result().orElseThrow(() -> new IllegalArgumentException(
        "state '" + record.state() + "' is not final")), code, message);
  }

  /** The legacy record of a Market one: its source from the echoed input, its result from {@code resultJson}. */
  private DerivedRecord legacyRecord(TaskRecord r, MarketModel model) {
    MarketMapper.expect(r, model);
    DerivedKind kind = model.derived().orElseThrow();
    RequestEcho echo = market.echo(r.param());
    String track = echo.string("audio_id").orElse(null);
    DerivedResponse response = null;
    MidiData midi = null;
    if (MarketMapper.stateOf(r.state()) == TaskState.SUCCEEDED) {
      switch (kind) {
        case WAV -> response = DerivedResponse.ofLinks(first(urls(r)), null, null);
        case VIDEO -> response = DerivedResponse.ofLinks(null, first(urls(r)), null);
        case COVER_IMAGE -> response = DerivedResponse.ofLinks(null, null, urls(r));
        case STEMS -> response = MarketMapper.resultJson(r, stems);
        case MIDI -> midi = MarketMapper.resultJson(r, notes);
      }
    }
    return new DerivedRecord(r.taskId(), track, track, echo.string("task_id").orElse(null), r.completeTime(),
        r.createTime(), response, midi, null, r.state(), r.failCode(), r.failMsg());
  }

  private List<String> urls(TaskRecord record) {
    List<String> urls = MarketMapper.resultJson(record, links).resultUrls();
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("resultJson.resultUrls is missing or empty");
    }
    return urls;
  }

  private static String first(List<String> urls) {
    return urls.get(0);
  }

  /** The Market state word (kept in the legacy record's {@code status}) and, on {@code fail}, its failure kind. */
  private static Status status(DerivedKind kind, DerivedRecord r) {
    String raw = Values.text(r.status()).orElse("");
    TaskState state = MarketMapper.stateOf(raw);
    Optional<FailureKind> failure = state == TaskState.FAILED
        ? Optional.of(MarketMapper.failureKind(Values.integer(r.errorCode()).orElse(null))) : Optional.empty();
    return new Status(raw, state, failure);
  }
}
