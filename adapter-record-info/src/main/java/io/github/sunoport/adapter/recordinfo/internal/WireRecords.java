package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The family's wire records, as documented in kie.ai's and sunoapi.org's record-info pages. Fields that providers
 * send with varying types ({@code param}, numbers) are {@code Object} and read by {@link RecordInfoMapper}.
 */
public final class WireRecords {
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
