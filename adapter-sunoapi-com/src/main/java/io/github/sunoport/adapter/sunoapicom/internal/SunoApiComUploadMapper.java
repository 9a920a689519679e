package io.github.sunoport.adapter.sunoapicom.internal;

import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.CreateFromUpload;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import java.time.Duration;

/**
 * Maps the music-from-upload requests to sunoapi.com's create body. sunoapi.com names the task types but documents
 * their fields only on its musicapi.ai twin (https://docs.musicapi.ai/special-scenarios,
 * https://docs.sunoapi.com/concat-suno-music for the task type list), so these bodies follow the twin; the adapter's
 * tests pin them against the mock.
 */
public final class SunoApiComUploadMapper {
  /** The task type covering an uploaded clip. */
  public static final String COVER_UPLOAD_MUSIC = "cover_upload_music";
  /** The task type covering a clip sunoapi.com made. */
  public static final String COVER_MUSIC = "cover_music";
  /** The task type extending an uploaded clip. */
  public static final String EXTEND_UPLOAD_MUSIC = "extend_upload_music";

  private SunoApiComUploadMapper() {}

  /**
   * Maps a cover of the uploaded clip {@code clipId}: custom mode sends the lyrics as {@code prompt} with
   * {@code title} and {@code tags}, description mode the description as {@code gpt_description_prompt}, as create
   * does; the tuning's voice and weights go out under the create call's names plus {@code audio_weight}.
   */
  public static CreateFromUpload cover(UploadCoverRequest r, String clipId, String mv) {
    Tuning t = r.tuning();
    return new CreateFromUpload(COVER_UPLOAD_MUSIC, clipId, r.customMode(),
        r.customMode() ? r.prompt().orElse(null) : null, r.customMode() ? null : r.prompt().orElse(null),
        r.title().orElse(null), r.style().orElse(null), t.negativeTags().orElse(null), mv, r.instrumental(),
        Values.vocalGender(t.vocalGender()), Values.boxed(t.styleWeight()), Values.boxed(t.weirdnessConstraint()),
        Values.boxed(t.audioWeight()), null);
  }

  /**
   * Maps a cover of the clip {@code clipId} sunoapi.com made ({@code cover_music}): the same fields as a cover of an
   * uploaded clip. sunoapi.com's nav lists "cover music"; the body is known from a third-party reference and the
   * musicapi.ai twin (https://docs.aimusicapi.ai/create-sonic-music) only.
   */
  public static CreateFromUpload coverTrack(CoverRequest r, String clipId, String mv) {
    Tuning t = r.tuning();
    return new CreateFromUpload(COVER_MUSIC, clipId, r.customMode(),
        r.customMode() ? r.prompt().orElse(null) : null, r.customMode() ? null : r.prompt().orElse(null),
        r.title().orElse(null), r.style().orElse(null), t.negativeTags().orElse(null), mv, r.instrumental(),
        Values.vocalGender(t.vocalGender()), Values.boxed(t.styleWeight()), Values.boxed(t.weirdnessConstraint()),
        Values.boxed(t.audioWeight()), null);
  }

  /**
   * Maps an extension of the uploaded clip {@code clipId} at {@code continueAt}: keeping the audio's parameters sends
   * only clip, point and model; overriding sends custom mode with lyrics, title and tags.
   */
  public static CreateFromUpload extend(UploadExtendRequest r, String clipId, Duration continueAt, String mv) {
    Boolean custom = r.keepSourceParameters() ? null : Boolean.TRUE;
    return new CreateFromUpload(EXTEND_UPLOAD_MUSIC, clipId, custom, r.prompt().orElse(null), null,
        r.title().orElse(null), r.style().orElse(null), null, mv, null, null, null, null, null, seconds(continueAt));
  }

  /**
   * Whole seconds go out as an integer, anything finer as a decimal: the twin recommends 0.1 s for an upload, so a
   * fraction is kept rather than rounded.
   */
  static Object seconds(Duration at) {
    if (at.getNano() == 0) {
      return at.getSeconds();
    }
    return at.getSeconds() + at.getNano() / 1e9;
  }
}
