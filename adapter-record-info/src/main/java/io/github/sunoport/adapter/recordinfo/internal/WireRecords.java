package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.sunoport.adapter.support.TolerantText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The family's wire records, as documented in kie.ai's and sunoapi.org's record-info pages. Fields that providers
 * send with varying types ({@code param}, numbers, times) are {@code Object} and read by {@link RecordInfoMapper};
 * text that the answer can do without is {@link TolerantText}, so that a change of its type (tags as an array, a title
 * as an object) loses that field only. Ids and statuses are plain: a wrong type there fails the answer.
 */
public final class WireRecords {
  /**
   * Reads and writes decimals as plain JSON numbers ({@code 60}, {@code 60.5}, never {@code 6E+1}). Moshi has no
   * adapter for {@link BigDecimal}; without this one no {@link ExtendSubmit} could be written.
   */
  public static final JsonAdapter<BigDecimal> DECIMALS = new JsonAdapter<BigDecimal>() {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      return new BigDecimal(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(new BigDecimal(value.toPlainString()));
    }
  }.nullSafe();

  private WireRecords() {}

  /** {@code data} of a create answer. */
  public record TaskCreated(String taskId) {}

  /**
   * {@code data} of the lyrics record-info answer; {@code createTime} and {@code completeTime} are sent by newer
   * records, as text or as epoch milliseconds.
   */
  public record LyricsRecord(String taskId, Object param, LyricsResponse response, String status,
      @TolerantText String type, Object errorCode, @TolerantText String errorMessage, Object createTime,
      Object completeTime) {}

  /** Lyrics variants: newer docs call the array {@code lyricsData}, older ones {@code data}. */
  public record LyricsResponse(String taskId, List<LyricsItem> lyricsData, List<LyricsItem> data) {}

  /** One lyrics variant; record-info writes {@code errorMessage}, kie.ai's callbacks {@code error_message}. */
  public record LyricsItem(@TolerantText String text, @TolerantText String title, @TolerantText String status,
      @TolerantText String errorMessage, @Json(name = "error_message") @TolerantText String errorMessageSnake) {}

  /**
   * {@code data} of the music record-info answer; {@code createTime} and {@code completeTime} are sent by newer
   * records, as text or as epoch milliseconds.
   */
  public record MusicRecord(String taskId, @TolerantText String parentMusicId, Object param, MusicResponse response,
      String status, @TolerantText String type, @TolerantText String operationType, Object errorCode,
      @TolerantText String errorMessage, Object createTime, Object completeTime) {}

  /** The tracks of a music record. */
  public record MusicResponse(String taskId, List<SunoTrack> sunoData, @TolerantText String errorMessage) {}

  /**
   * One track as record-info writes it (camelCase); the {@code source*} URLs come with uploaded and covered audio
   * (kie.ai, https://docs.kie.ai/suno-api/upload-and-cover-audio).
   */
  public record SunoTrack(String id, @TolerantText String audioUrl, @TolerantText String streamAudioUrl,
      @TolerantText String imageUrl, @TolerantText String prompt, @TolerantText String modelName,
      @TolerantText String title, @TolerantText String tags, Object createTime, Object duration,
      @TolerantText String sourceAudioUrl, @TolerantText String sourceStreamAudioUrl,
      @TolerantText String sourceImageUrl) {}

  /**
   * A callback body: {@code {code, msg, data}} (https://docs.kie.ai/suno-api/generate-music-callbacks,
   * https://docs.sunoapi.org/suno-api/generate-music-callbacks).
   */
  public record CallbackBody(Integer code, String msg, CallbackData data) {}

  /**
   * {@code data} of a callback. The task id is {@code task_id} in kie.ai's callbacks and sunoapi.org's music ones,
   * {@code taskId} in sunoapi.org's lyrics ones; the items are under {@code data}, or {@code lyricsData} in
   * sunoapi.org's newer lyrics copy.
   */
  public record CallbackData(@TolerantText String callbackType, @Json(name = "task_id") String taskIdSnake, String taskId,
      List<CallbackItem> data, List<CallbackItem> lyricsData) {}

  /**
   * One callback item: a track (snake_case in callbacks, camelCase tolerated) or a lyric variant ({@code text},
   * {@code status}, {@code error_message} or {@code errorMessage}).
   */
  public record CallbackItem(String id,
      @Json(name = "audio_url") @TolerantText String audioUrlSnake, @TolerantText String audioUrl,
      @Json(name = "source_audio_url") @TolerantText String sourceAudioUrlSnake, @TolerantText String sourceAudioUrl,
      @Json(name = "stream_audio_url") @TolerantText String streamAudioUrlSnake, @TolerantText String streamAudioUrl,
      @Json(name = "source_stream_audio_url") @TolerantText String sourceStreamAudioUrlSnake,
      @TolerantText String sourceStreamAudioUrl,
      @Json(name = "image_url") @TolerantText String imageUrlSnake, @TolerantText String imageUrl,
      @Json(name = "source_image_url") @TolerantText String sourceImageUrlSnake, @TolerantText String sourceImageUrl,
      @TolerantText String prompt, @Json(name = "model_name") @TolerantText String modelNameSnake,
      @TolerantText String modelName, @TolerantText String title, @TolerantText String tags,
      Object createTime, @Json(name = "create_time") Object createTimeSnake, Object duration,
      @TolerantText String text, @TolerantText String status, @TolerantText String errorMessage,
      @Json(name = "error_message") @TolerantText String errorMessageSnake) {}

  /** {@code data} of the timestamped-lyrics answer. */
  public record Timestamped(List<AlignedWordWire> alignedWords, Boolean isStreamed) {}

  /** One aligned word. */
  public record AlignedWordWire(@TolerantText String word, Object success, Object startS, Object endS) {}

  /** Body of {@code POST api/v1/lyrics}. */
  public record LyricsSubmit(String prompt, String callBackUrl) {}

  /** Body of {@code POST api/v1/generate}; Moshi leaves out null fields. */
  public record GenerateSubmit(String prompt, String style, String title, Boolean customMode, Boolean instrumental,
      String model, String callBackUrl, String negativeTags, String vocalGender, Double styleWeight,
      Double weirdnessConstraint, Double audioWeight, String personaId, String personaModel, String lyrics,
      Integer variety, Integer duration) {}

  /** Body of {@code POST api/v1/generate/extend}. */
  public record ExtendSubmit(Boolean defaultParamFlag, String audioId, String prompt, String style, String title,
      java.math.BigDecimal continueAt, String model, String callBackUrl, Boolean instrumental, String negativeTags,
      String vocalGender, Double styleWeight, Double weirdnessConstraint, Double audioWeight, String personaId,
      String personaModel) {}

  /** Body of {@code POST api/v1/generate/get-timestamped-lyrics}. */
  public record TimestampedSubmit(String taskId, String audioId) {}
}
