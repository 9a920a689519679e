package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The family's wire records, as documented in kie.ai's and sunoapi.org's record-info pages. Fields that providers
 * send with varying types ({@code param}, numbers) are {@code Object} and read by {@link RecordInfoMapper}.
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

  /** {@code data} of the lyrics record-info answer. */
  public record LyricsRecord(String taskId, Object param, LyricsResponse response, String status, String type,
      Object errorCode, String errorMessage) {}

  /** Lyrics variants: newer docs call the array {@code lyricsData}, older ones {@code data}. */
  public record LyricsResponse(String taskId, List<LyricsItem> lyricsData, List<LyricsItem> data) {}

  /** One lyrics variant; record-info writes {@code errorMessage}, kie.ai's callbacks {@code error_message}. */
  public record LyricsItem(String text, String title, String status, String errorMessage,
      @Json(name = "error_message") String errorMessageSnake) {}

  /** {@code data} of the music record-info answer. */
  public record MusicRecord(String taskId, String parentMusicId, Object param, MusicResponse response, String status,
      String type, String operationType, Object errorCode, String errorMessage) {}

  /** The tracks of a music record. */
  public record MusicResponse(String taskId, List<SunoTrack> sunoData, String errorMessage) {}

  /** One track as record-info writes it (camelCase). */
  public record SunoTrack(String id, String audioUrl, String streamAudioUrl, String imageUrl, String prompt,
      String modelName, String title, String tags, String createTime, Object duration) {}

  /** A callback body: {@code {code, msg, data}} (providers.md 1.4, 1.10, 2.4, 2.10). */
  public record CallbackBody(Integer code, String msg, CallbackData data) {}

  /**
   * {@code data} of a callback. The task id is {@code task_id} in kie.ai's callbacks and sunoapi.org's music ones,
   * {@code taskId} in sunoapi.org's lyrics ones; the items are under {@code data}, or {@code lyricsData} in
   * sunoapi.org's newer lyrics copy.
   */
  public record CallbackData(String callbackType, @Json(name = "task_id") String taskIdSnake, String taskId,
      List<CallbackItem> data, List<CallbackItem> lyricsData) {}

  /**
   * One callback item: a track (snake_case in callbacks, camelCase tolerated) or a lyric variant ({@code text},
   * {@code status}, {@code error_message} or {@code errorMessage}).
   */
  public record CallbackItem(String id,
      @Json(name = "audio_url") String audioUrlSnake, String audioUrl,
      @Json(name = "source_audio_url") String sourceAudioUrlSnake, String sourceAudioUrl,
      @Json(name = "stream_audio_url") String streamAudioUrlSnake, String streamAudioUrl,
      @Json(name = "source_stream_audio_url") String sourceStreamAudioUrlSnake, String sourceStreamAudioUrl,
      @Json(name = "image_url") String imageUrlSnake, String imageUrl,
      @Json(name = "source_image_url") String sourceImageUrlSnake, String sourceImageUrl,
      String prompt, @Json(name = "model_name") String modelNameSnake, String modelName, String title, String tags,
      String createTime, @Json(name = "create_time") String createTimeSnake, Object duration,
      String text, String status, String errorMessage, @Json(name = "error_message") String errorMessageSnake) {}

  /** {@code data} of the timestamped-lyrics answer. */
  public record Timestamped(List<AlignedWordWire> alignedWords, Boolean isStreamed) {}

  /** One aligned word. */
  public record AlignedWordWire(String word, Boolean success, Object startS, Object endS) {}

  /** Body of {@code POST api/v1/lyrics}. */
  public record LyricsSubmit(String prompt, String callBackUrl) {}

  /** Body of {@code POST api/v1/generate}; Moshi leaves out null fields. */
  public record GenerateSubmit(String prompt, String style, String title, Boolean customMode, Boolean instrumental,
      String model, String callBackUrl, String negativeTags, String vocalGender, Double styleWeight,
      Double weirdnessConstraint, Double audioWeight, String personaId) {}

  /** Body of {@code POST api/v1/generate/extend}. */
  public record ExtendSubmit(Boolean defaultParamFlag, String audioId, String prompt, String style, String title,
      java.math.BigDecimal continueAt, String model, String callBackUrl) {}

  /** Body of {@code POST api/v1/generate/get-timestamped-lyrics}. */
  public record TimestampedSubmit(String taskId, String audioId) {}
}
