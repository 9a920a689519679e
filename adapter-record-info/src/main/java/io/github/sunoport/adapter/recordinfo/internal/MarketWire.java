package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.AlignedWordWire;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsItem;
import io.github.sunoport.adapter.support.TolerantText;
import java.util.List;

/**
 * kie.ai's Market API on the wire (https://docs.kie.ai/market/common/get-task-detail): one create call whose outer
 * {@code model} names the operation and whose snake_case {@code input} carries the Suno version in
 * {@code input.model} ({@link MarketInputs} writes it), and one poll whose {@code param} and {@code resultJson} are
 * JSON inside JSON strings. kie's own pages show only the envelope.
 */
public final class MarketWire {
  private MarketWire() {}

  /** Body of {@code POST api/v1/jobs/createTask}; Moshi writes {@code input} by its runtime type. */
  public record CreateTask(String model, String callBackUrl, Object input) {}

  /** {@code data} of a create answer: the task id, or, for timestamped lyrics, the words themselves. */
  public record Created(String taskId, List<AlignedWordWire> alignedWords, Boolean isStreamed) {}

  /**
   * {@code data} of {@code GET api/v1/jobs/recordInfo}, also the body of the mock's Market callbacks. Loosely typed
   * where the docs show different types ({@code failCode}, the epoch-millisecond times) or nest JSON in strings.
   */
  public record TaskRecord(String taskId, String model, String state, Object param, Object resultJson,
      Object failCode, @TolerantText String failMsg, Object completeTime, Object createTime, Object updateTime) {}

  /** The three {@code resultJson} shapes: songs under {@code data}, lyrics under {@code resultObject}, links. */
  public record Result(List<Song> data, ResultObject resultObject, List<String> resultUrls) {}

  /** {@code resultObject} of a lyrics result. */
  public record ResultObject(List<LyricsItem> lyricsData) {}

  /**
   * One song of a music result, snake_case apart from {@code createTime}; text the result can do without is
   * {@link TolerantText}, as on the legacy route.
   */
  public record Song(String id, @TolerantText String title, Object duration,
      @Json(name = "audio_url") String audioUrl, @Json(name = "stream_audio_url") String streamAudioUrl,
      @Json(name = "image_url") String imageUrl, @Json(name = "model_name") @TolerantText String modelName,
      @TolerantText String prompt, @TolerantText String tags, Object createTime) {}

  /** A Market callback: the poll's record, in an envelope (not documented by kie; the mock's design). */
  public record Callback(Integer code, String msg, TaskRecord data) {}
}
