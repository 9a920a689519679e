package io.github.sunoport.adapter.sunoapicom.internal;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.ToJson;
import io.github.sunoport.adapter.support.Enveloped;
import io.github.sunoport.adapter.support.TolerantText;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * sunoapi.com's wire records (https://docs.sunoapi.com/get-suno-music, https://docs.sunoapi.com/get-credits):
 * snake_case names, the {@code {code, data, message}} envelope, and a bare {@code {credits, extra_credits}} for
 * credits. Fields whose type the docs get wrong or that providers send loosely ({@code input}, {@code duration}, the
 * {@code quota_*} counters documented as boolean but sent as numbers) are {@code Object} and read tolerantly by
 * {@link SunoApiComMapper}.
 */
public final class SunoApiComWire {
  private SunoApiComWire() {}

  /** The envelope of every answer but credits. */
  public record Envelope<D>(Integer code, D data, String message) implements Enveloped {}

  /**
   * A create answer (make-lyrics, create): the documented {@code data.task_id}, or the top-level {@code task_id}
   * that newer integrations report.
   */
  public record Created(Integer code, String message, TaskRef data, @Json(name = "task_id") String taskId)
      implements Enveloped {}

  /** Body of the synchronous {@code POST api/v1/suno/wav}. */
  public record WavSubmit(@Json(name = "clip_id") String clipId) {}

  /**
   * Body of {@code POST api/v1/suno/stems/basic} and {@code /stems/full} (https://docs.sunoapi.com/stems-basic):
   * {@code clip_id} as documented; the webhook fields as on create (inferred, the pages show no others). Never
   * printed with its secret.
   */
  public record StemsSubmit(@Json(name = "clip_id") String clipId, @Json(name = "webhook_url") String webhookUrl,
      @Json(name = "webhook_secret") String webhookSecret) {
    @Override
    public String toString() {
      return "StemsSubmit{clipId=" + clipId + ", webhookUrl=" + (webhookUrl == null ? "none" : "set")
          + ", webhookSecret=" + (webhookSecret == null ? "none" : "****") + "}";
    }
  }

  /** {@code data} of the WAV answer: {@code {"wav_url": ...}}. */
  public record WavData(@Json(name = "wav_url") String wavUrl) {}

  /** {@code data} of a create answer. */
  public record TaskRef(@Json(name = "task_id") String taskId) {}

  /** The bare credits answer; {@code code} and {@code message} appear only on errors. */
  public record CreditsBody(Integer code, String message, Object credits,
      @Json(name = "extra_credits") Object extraCredits) implements Enveloped {}

  /** {@code data} of get-lyrics. */
  public record LyricsData(@Json(name = "task_id") String taskId, Object input, String status,
      @TolerantText String title, @TolerantText String text, LyricsMetadata metadata) {}

  /** Timing of a lyrics task; the quota counters are ignored whatever their type. */
  public record LyricsMetadata(@Json(name = "created_at") Object createdAt, @Json(name = "started_at") Object startedAt,
      @Json(name = "ended_at") Object endedAt, @Json(name = "quota_frozen") Object quotaFrozen,
      @Json(name = "quota_usage") Object quotaUsage) {}

  /** {@code data} of a music task: an array of clips (new docs) or a task object (legacy). */
  public record MusicData(List<Clip> clips, LegacyTask legacy) {}

  /**
   * One clip of {@code GET api/v1/suno/task/{id}}. A failed clip says why in its own {@code error_message} (or in
   * {@code metadata.error_message} with an {@code error_type}, as Suno's clips do), while the envelope still says
   * "success" for the task. A clip of a separation also names its stem ({@code stem_type_group_name}) and the clip it
   * was split from ({@code stem_from_id}): inferred, since sunoapi.com documents no stems result; these are the names
   * Suno's own stem clips use.
   */
  public record Clip(@Json(name = "clip_id") String clipId, String state, @TolerantText String title,
      @TolerantText String tags, @TolerantText String lyrics, @Json(name = "image_url") @TolerantText String imageUrl,
      @Json(name = "audio_url") @TolerantText String audioUrl, @Json(name = "video_url") @TolerantText String videoUrl,
      @Json(name = "created_at") Object createdAt, @TolerantText String mv, Object duration,
      @Json(name = "error_message") @TolerantText String errorMessage,
      @Json(name = "error_type") @TolerantText String errorType, Object metadata,
      @Json(name = "stem_type_group_name") @TolerantText String stemTypeGroupName,
      @Json(name = "stem_from_id") @TolerantText String stemFromId) {}

  /** The legacy task object of {@code GET api/v1/suno/clip/{id}}: clips keyed by their id. */
  public record LegacyTask(@Json(name = "task_id") String taskId, String status, Object input,
      Map<String, LegacyClip> clips) {}

  /** One legacy clip; tags, lyrics and duration sit in its {@code metadata}. */
  public record LegacyClip(String id, @TolerantText String title, @TolerantText String status,
      @Json(name = "audio_url") @TolerantText String audioUrl, @Json(name = "image_url") @TolerantText String imageUrl,
      @Json(name = "video_url") @TolerantText String videoUrl, @Json(name = "created_at") Object createdAt,
      @Json(name = "model_name") @TolerantText String modelName, LegacyClipMetadata metadata) {}

  /** What a legacy clip says about how it was made. */
  public record LegacyClipMetadata(@TolerantText String tags, @TolerantText String prompt, Object duration) {}

  /** Body of {@code POST api/v1/suno/make-lyrics}. */
  public record MakeLyrics(String prompt) {}

  /** Body of {@code POST api/v1/suno/create}, for creating and extending; Moshi leaves out null fields. */
  public record Create(
      @Json(name = "task_type") String taskType,
      @Json(name = "custom_mode") Boolean customMode,
      String prompt,
      @Json(name = "gpt_description_prompt") String gptDescriptionPrompt,
      String title,
      String tags,
      @Json(name = "negative_tags") String negativeTags,
      String mv,
      @Json(name = "make_instrumental") Boolean makeInstrumental,
      @Json(name = "vocal_gender") String vocalGender,
      @Json(name = "style_weight") Double styleWeight,
      @Json(name = "weirdness_constraint") Double weirdnessConstraint,
      @Json(name = "persona_id") String personaId,
      @Json(name = "continue_clip_id") String continueClipId,
      @Json(name = "continue_at") Long continueAt,
      @Json(name = "webhook_url") String webhookUrl,
      @Json(name = "webhook_secret") String webhookSecret) {

    /**
     * Returns a copy that asks for a webhook at {@code url}, signed with {@code secret} when there is one
     * (https://docs.sunoapi.com/webhook-guide). Never printed: {@link #toString()} hides the secret.
     */
    public Create withWebhook(String url, String secret) {
      return new Create(taskType, customMode, prompt, gptDescriptionPrompt, title, tags, negativeTags, mv,
          makeInstrumental, vocalGender, styleWeight, weirdnessConstraint, personaId, continueClipId, continueAt, url,
          secret);
    }

    @Override
    public String toString() {
      return "Create{taskType=" + taskType + ", mv=" + mv + ", webhookUrl=" + (webhookUrl == null ? "none" : "set")
          + ", webhookSecret=" + (webhookSecret == null ? "none" : "****") + "}";
    }
  }

  /**
   * A webhook body (https://docs.sunoapi.com/webhook-guide): {@code code} and the task's clips under {@code data}.
   * Where the task id sits is not visible in the documented example; it is read from a top-level {@code task_id}
   * (inferred), as the create answers of newer integrations have it.
   */
  public record Webhook(Integer code, String message, @Json(name = "task_id") String taskId, List<Clip> data) {}

  /**
   * Body of {@code POST api/v1/suno/create} covering or extending a clip ({@code cover_music},
   * {@code cover_upload_music}, {@code extend_upload_music}). Kept apart from {@link Create} because these task types
   * take {@code audio_weight} and a fractional {@code continue_at} ({@code Object}: a whole number goes out as a whole
   * number, otherwise as a decimal). Only the musicapi.ai twin documents these bodies
   * (https://docs.musicapi.ai/special-scenarios); sunoapi.com lists the task types
   * (https://docs.sunoapi.com/concat-suno-music) but not their fields.
   */
  public record CreateFromUpload(
      @Json(name = "task_type") String taskType,
      @Json(name = "continue_clip_id") String continueClipId,
      @Json(name = "custom_mode") Boolean customMode,
      String prompt,
      @Json(name = "gpt_description_prompt") String gptDescriptionPrompt,
      String title,
      String tags,
      @Json(name = "negative_tags") String negativeTags,
      String mv,
      @Json(name = "make_instrumental") Boolean makeInstrumental,
      @Json(name = "vocal_gender") String vocalGender,
      @Json(name = "style_weight") Double styleWeight,
      @Json(name = "weirdness_constraint") Double weirdnessConstraint,
      @Json(name = "audio_weight") Double audioWeight,
      @Json(name = "continue_at") Object continueAt) {}

  /** Body of {@code POST api/v1/suno/upload}: the public URL sunoapi.com fetches the audio from. */
  public record Upload(String url) {}

  /** The upload answer: a top-level {@code clip_id} (musicapi.ai twin's shape, https://docs.musicapi.ai/upload-music). */
  public record Uploaded(Integer code, String message, @Json(name = "clip_id") String clipId) implements Enveloped {}

  /**
   * Reads {@link MusicData} from whichever shape {@code data} has; register it with {@code Moshi.Builder.add}. Any
   * other shape is a {@link JsonDataException}, which the caller reports as a protocol error.
   */
  public static final class MusicDataJson {
    /** Reads an array as clips and an object as a legacy task. */
    @FromJson
    public MusicData fromJson(JsonReader reader, JsonAdapter<List<Clip>> clips, JsonAdapter<LegacyTask> legacy)
        throws IOException {
      return switch (reader.peek()) {
        case BEGIN_ARRAY -> new MusicData(clips.fromJson(reader), null);
        case BEGIN_OBJECT -> new MusicData(null, legacy.fromJson(reader));
        case NULL -> reader.nextNull();
        default -> throw new JsonDataException(
            "data is neither an array of clips nor a task object but " + reader.peek() + " at " + reader.getPath());
      };
    }

    /** Never used: the adapter only reads answers. */
    @ToJson
    public void toJson(com.squareup.moshi.JsonWriter writer, MusicData data) {
      throw new UnsupportedOperationException("MusicData is only read");
    }
  }
}
