package io.github.sunoport.adapter.recordinfo.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Wire records of the music-from-audio operations and the upload host (the pages listed in https://docs.kie.ai/llms.txt
 * and https://docs.sunoapi.org/llms.txt). Null fields are left out by Moshi, so an optional field the caller did not
 * set is never sent.
 */
public final class AudioWire {
  private AudioWire() {}

  /** Body of {@code POST api/v1/generate/upload-cover}. */
  public record UploadCoverSubmit(String uploadUrl, Boolean customMode, Boolean instrumental, String model,
      String callBackUrl, String prompt, String lyrics, String style, String title, String negativeTags,
      String vocalGender, Double styleWeight, Double weirdnessConstraint, Double audioWeight, String personaId,
      String personaModel, Integer variety, Integer duration) {}

  /** Body of {@code POST api/v1/generate/upload-extend}. */
  public record UploadExtendSubmit(String uploadUrl, Boolean defaultParamFlag, BigDecimal continueAt, String model,
      String callBackUrl, Boolean instrumental, String prompt, String style, String title, String negativeTags,
      String vocalGender, Double styleWeight, Double weirdnessConstraint, Double audioWeight, String personaId,
      String personaModel) {}

  /** Body of {@code POST api/v1/generate/add-vocals}. */
  public record AddVocalsSubmit(String uploadUrl, String callBackUrl, String title, String style, String negativeTags,
      String prompt, String lyrics, String model, String vocalGender, Double styleWeight, Double weirdnessConstraint,
      Double audioWeight, Integer variety) {}

  /** Body of {@code POST api/v1/generate/add-instrumental}; the style is {@code tags} here. */
  public record AddInstrumentalSubmit(String uploadUrl, String callBackUrl, String title, String tags,
      String negativeTags, String lyrics, String model, String vocalGender, Double styleWeight,
      Double weirdnessConstraint, Double audioWeight, Integer variety) {}

  /** Body of {@code POST api/v1/generate/replace-section}: {@code taskId}+{@code audioId} or {@code uploadUrl}+{@code model}. */
  public record ReplaceSectionSubmit(String taskId, String audioId, String uploadUrl, String model, String prompt,
      String lyrics, String tags, String title, String negativeTags, BigDecimal infillStartS, BigDecimal infillEndS,
      String fullLyrics, String callBackUrl, String vocalGender, Double styleWeight, Double weirdnessConstraint,
      Double audioWeight, Integer variety, String personaId, String personaModel) {}

  /** Body of {@code POST api/v1/generate/mashup}. */
  public record MashupSubmit(List<String> uploadUrlList, Boolean customMode, String model, String callBackUrl,
      String prompt, String lyrics, String style, String title, Boolean instrumental, String vocalGender,
      Double styleWeight, Double weirdnessConstraint, Double audioWeight, Integer variety, String personaId,
      String personaModel, Integer duration) {}

  /** Body of {@code POST api/v1/generate/sounds}. */
  public record SoundsSubmit(String prompt, String model, Boolean soundLoop, Integer soundTempo, String soundKey,
      Boolean grabLyrics, String callBackUrl) {}

  /** Body of {@code POST api/file-url-upload}. */
  public record FileUrlUpload(String fileUrl, String uploadPath, String fileName) {}

  /** Body of {@code POST api/file-base64-upload}. */
  public record FileBase64Upload(String base64Data, String uploadPath, String fileName) {}

  /**
   * {@code data} of an upload answer, in either documented shape: kie.ai's quickstart ({@code fileId},
   * {@code fileUrl}, {@code uploadTime}, {@code expiresAt}) or the endpoint pages' ({@code filePath},
   * {@code uploadedAt}). Only {@code downloadUrl} is in both.
   */
  public record UploadedData(String downloadUrl, String fileUrl, String fileId, String fileName, String originalName,
      String filePath, String uploadPath, Object fileSize, String mimeType, String uploadTime, String uploadedAt,
      String expiresAt) {}

  /** Body of {@code POST api/v1/common/download-url}. */
  public record DownloadUrlSubmit(String url) {}
}
