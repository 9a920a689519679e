package io.github.sunoport.mock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * sunoapi.com bodies of created tasks. Lyrics: processing → completed (seed 003). Music (task/{id}): each clip
 * pending → running → succeeded, or failed. Legacy clip/{id}: status processing → completed with a clips map. Stems
 * (task/{id}, inferred): each stem clip pending → succeeded, or failed.
 */
final class ComRecords {
  static final int LYRICS_STAGES = 2;
  static final int MUSIC_STAGES = 3;
  /** A separation is pending, then done. */
  static final int STEMS_STAGES = 2;
  /** The stems of {@code stems/basic}. */
  static final List<String> TWO_STEMS = List.of("Vocals", "Instrumental");
  /** The stems of {@code stems/full}: the twelve kie.ai's separation page lists, in its order. */
  static final List<String> TWELVE_STEMS = List.of("Vocals", "Backing Vocals", "Drums", "Bass", "Guitar", "Keyboard",
      "Percussion", "Strings", "Synth", "FX", "Brass", "Woodwinds");
  /** Seed 003 writes nanosecond ISO instants ("2024-07-08T12:39:14.870428366Z"). */
  private static final DateTimeFormatter ISO_NANOS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Templates templates;
  private final Lifecycle lifecycle;

  ComRecords(Templates templates, Lifecycle lifecycle) {
    this.templates = templates;
    this.lifecycle = lifecycle;
  }

  Map<String, Object> lyrics(Task task) {
    boolean done = lifecycle.stage(task, LYRICS_STAGES) == LYRICS_STAGES - 1;
    boolean failed = done && task.fate().failed();
    boolean completed = done && !failed;
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("created_at", iso(task.createdAt()));
    metadata.put("started_at", iso(task.createdAt()));
    metadata.put("ended_at", done ? iso(lifecycle.reachedAt(task, 1, LYRICS_STAGES)) : null);
    metadata.put("quota_frozen", 0);
    metadata.put("quota_usage", 0);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("task_id", task.id());
    data.put("input", task.param());
    data.put("status", failed ? "failed" : completed ? "completed" : "processing");
    String title = Reflected.title(task, templates.comLyric.title(), "prompt");
    data.put("title", completed ? title : "");
    data.put("text", completed ? Reflected.lyrics(task, title, templates.comLyric.text(), "prompt") : "");
    data.put("metadata", metadata);
    return envelope(task, data, failed ? "failed" : "success");
  }

  Map<String, Object> task(Task task) {
    List<Object> clips = new ArrayList<>();
    for (int i = 0; i < task.trackIds().size(); i++) clips.add(clip(task, i));
    return envelope(task, clips, "success");
  }

  Map<String, Object> legacyClip(Task task) {
    boolean done = lifecycle.stage(task, MUSIC_STAGES) == MUSIC_STAGES - 1;
    boolean failed = done && task.fate().failed();
    Map<String, Object> clips = new LinkedHashMap<>();
    if (done && !failed) {
      for (int i = 0; i < task.trackIds().size(); i++) {
        String id = task.trackIds().get(i);
        Map<String, Object> clip = new LinkedHashMap<>();
        clip.put("id", id);
        clip.put("title", title(task, i));
        clip.put("video_url", "https://example.cn/" + id + ".mp4");
        clip.put("audio_url", task.filesBase() + id + ".mp3");
        clip.put("image_url", task.filesBase() + id + ".jpeg");
        clip.put("image_large_url", task.filesBase() + id + "_large.jpeg");
        clip.put("is_video_pending", false);
        clip.put("major_model_version", "v3");
        clip.put("created_at", iso(task.createdAt()));
        clips.put(id, clip);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("task_id", task.id());
    data.put("status", failed ? "failed" : done ? "completed" : "processing");
    data.put("input", task.param());
    data.put("clips", clips);
    return envelope(task, data, failed ? "failed" : "success");
  }

  private Map<String, Object> clip(Task task, int i) {
    int stage = lifecycle.stage(task, MUSIC_STAGES);
    boolean failed = stage == MUSIC_STAGES - 1 && task.fate().failed();
    boolean done = stage == MUSIC_STAGES - 1 && !failed;
    String id = task.trackIds().get(i);
    Templates.Track template = templates.tracks.get(i % templates.tracks.size());
    Map<String, Object> clip = new LinkedHashMap<>();
    clip.put("clip_id", id);
    clip.put("state", failed ? "failed" : done ? "succeeded" : stage == 0 ? "pending" : "running");
    clip.put("title", title(task, i));
    clip.put("tags", task.text("tags", template.tags()));
    clip.put("lyrics", Boolean.TRUE.equals(task.request().get("custom_mode")) ? task.text("prompt", "")
        : Reflected.lyrics(task, title(task, i), template.prompt(), "gpt_description_prompt"));
    clip.put("image_url", stage >= 1 && !failed ? task.filesBase() + id + ".jpeg" : "");
    clip.put("audio_url", done ? task.filesBase() + id + ".mp3" : "");
    clip.put("video_url", done ? "https://example.cn/" + id + ".mp4" : "");
    clip.put("created_at", iso(task.createdAt()));
    clip.put("mv", task.text("mv", "chirp-v3-5"));
    clip.put("gpt_description_prompt", task.request().get("gpt_description_prompt"));
    clip.put("duration", done ? (long) template.duration() : null);
    return clip;
  }

  /**
   * A separation on {@code GET task/{id}}: one clip per stem, each pending then succeeded (or failed), in the music
   * clip's shape plus {@code stem_type_group_name} and {@code stem_from_id}. INFERRED: sunoapi.com documents no stems
   * result (https://docs.sunoapi.com/stems-basic, /stems-full); the names are Suno's own stem field and the twelve
   * roles kie.ai documents for its separation.
   */
  Map<String, Object> stems(Task task) {
    int stage = lifecycle.stage(task, STEMS_STAGES);
    boolean failed = stage == STEMS_STAGES - 1 && task.fate().failed();
    boolean done = stage == STEMS_STAGES - 1 && !failed;
    List<String> names = task.trackIds().size() == TWO_STEMS.size() ? TWO_STEMS : TWELVE_STEMS;
    List<Object> clips = new ArrayList<>();
    for (int i = 0; i < task.trackIds().size(); i++) {
      String id = task.trackIds().get(i);
      Map<String, Object> clip = new LinkedHashMap<>();
      clip.put("clip_id", id);
      clip.put("state", failed ? "failed" : done ? "succeeded" : "pending");
      clip.put("title", "Stem (" + names.get(i) + ")");
      clip.put("stem_type_group_name", names.get(i));
      clip.put("stem_from_id", task.parentMusicId());
      clip.put("audio_url", done ? task.filesBase() + id + ".mp3" : "");
      clip.put("image_url", "");
      clip.put("video_url", "");
      clip.put("created_at", iso(task.createdAt()));
      clip.put("mv", "chirp-v3-5");
      clip.put("duration", done ? 198L : null);
      if (failed) clip.put("error_message", task.fate().errorMessage);
      clips.add(clip);
    }
    return envelope(task, clips, "success");
  }

  private String title(Task task, int i) {
    return Reflected.title(task, templates.tracks.get(i % templates.tracks.size()).title(), "gpt_description_prompt");
  }

  static String iso(Instant instant) {
    return ISO_NANOS.format(instant);
  }

  private static Map<String, Object> envelope(Task task, Object data, String message) {
    return task.provider().envelope().ok(data, message);
  }
}
