package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.AlignedWordWire;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsItem;
import io.github.sunoport.adapter.support.TolerantText;
import java.math.BigDecimal;
import java.util.List;

/**
 * kie.ai's Market API on the wire (https://docs.kie.ai/market/common/get-task-detail): one create call whose outer
 * {@code model} names the operation and whose snake_case {@code input} carries the Suno version in
 * {@code input.model}, and one poll whose {@code param} and {@code resultJson} are JSON inside JSON strings. The
 * input fields follow kie's Suno OpenAPI as third parties read it in October 2026; kie's own pages show only the
 * envelope.
 */
public final class MarketWire {
  private MarketWire() {}

  /** Body of {@code POST api/v1/jobs/createTask}; Moshi writes {@code input} by its runtime type. */
  public record CreateTask(String model, String callBackUrl, Object input) {}

  /** {@code input} of {@code ai-music-api/generate}. */
  public record GenerateInput(String prompt, String style, String title,
      @Json(name = "custom_mode") Boolean customMode, Boolean instrumental, String model,
      @Json(name = "negative_tags") String negativeTags, @Json(name = "vocal_gender") String vocalGender,
      @Json(name = "style_weight") Double styleWeight,
      @Json(name = "weirdness_constraint") Double weirdnessConstraint,
      @Json(name = "audio_weight") Double audioWeight, @Json(name = "persona_id") String personaId) {}

  /**
   * {@code input} of {@code ai-music-api/extend}. {@code default_param_flag} and {@code continue_at} carry the
   * legacy route's meaning; the Market registry lists only {@code audio_id} and {@code model} as required.
   */
  public record ExtendInput(@Json(name = "audio_id") String audioId,
      @Json(name = "default_param_flag") Boolean defaultParamFlag, String prompt, String style, String title,
      @Json(name = "continue_at") BigDecimal continueAt, String model) {}

  /** {@code input} of {@code ai-music-api/generate-lyrics}. */
  public record LyricsInput(String prompt) {}

  /** {@code input} of {@code ai-music-api/timeStamped-lyrics}. */
  public record TimestampedInput(@Json(name = "task_id") String taskId, @Json(name = "audio_id") String audioId) {}

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
