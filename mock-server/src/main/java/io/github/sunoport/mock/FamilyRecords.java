package io.github.sunoport.mock;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Record-info bodies of created kie.ai/sunoapi.org tasks. Music: PENDING has no tracks; TEXT_SUCCESS lists both
 * tracks without URLs or duration (lyrics ready, audio not); FIRST_SUCCESS adds stream URLs and the first
 * track's audio; SUCCESS has everything. A failed task looks like kie's documented failure: no tracks, errors set.
 */
final class FamilyRecords {
  static final String[] MUSIC_STAGES = {"PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS"};
  static final String[] LYRICS_STAGES = {"PENDING", "SUCCESS"};
  /** The docs' "date-time" createTime is written like this in every example. */
  private static final DateTimeFormatter CREATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Templates templates;
  private final Lifecycle lifecycle;

  FamilyRecords(Templates templates, Lifecycle lifecycle) {
    this.templates = templates;
    this.lifecycle = lifecycle;
  }

  Map<String, Object> lyrics(Task task, String arrayKey) {
    boolean done = lifecycle.stage(task, LYRICS_STAGES.length) == LYRICS_STAGES.length - 1;
    List<Object> variants = new ArrayList<>();
    if (done && !task.fate().failed()) {
      for (Templates.Lyric lyric : templates.lyrics) {
        Map<String, Object> item = new LinkedHashMap<>();
        String title = Reflected.title(task, lyric.title(), "prompt");
        item.put("text", Reflected.lyrics(task, title, lyric.text(), "prompt"));
        item.put("title", title);
        item.put("status", "complete");
        item.put("errorMessage", "");
        variants.add(item);
      }
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("taskId", task.id());
    response.put(arrayKey, variants);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", task.id());
    data.put("param", task.param());
    data.put("response", response);
    finish(data, task, done, done ? "SUCCESS" : "PENDING", "LYRICS");
    return task.provider().envelope().ok(data, "success");
  }

  Map<String, Object> music(Task task) {
    int stage = lifecycle.stage(task, MUSIC_STAGES.length);
    boolean done = stage == MUSIC_STAGES.length - 1;
    boolean failing = task.fate().failed();
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("taskId", task.id());
    response.put("sunoData", failing || stage == 0 ? List.of() : tracks(task, stage));
    if (failing && done) response.put("errorMessage", task.fate().errorMessage);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", task.id());
    data.put("parentMusicId", task.parentMusicId());
    data.put("param", task.param());
    data.put("response", response);
    // A failing task shows no intermediate success states: PENDING until the end, then the failure.
    String status = failing ? "PENDING" : MUSIC_STAGES[stage];
    finish(data, task, done, status, task.kind().recordType);
    data.put("operationType", task.kind().operationType);
    return task.provider().envelope().ok(data, "success");
  }

  private void finish(Map<String, Object> data, Task task, boolean done, String status, String type) {
    Fate fate = task.fate();
    boolean ended = done && fate != Fate.SUCCESS;
    data.put("status", ended ? fate.familyStatus(task.kind()) : status);
    data.put("type", type);
    data.put("errorCode", ended ? fate.errorCode : null);
    data.put("errorMessage", ended ? fate.errorMessage : null);
  }

  /** The tracks at a stage, as record-info shows them; callbacks rename the keys. */
  List<Map<String, Object>> tracks(Task task, int stage) {
    return tracks(templates, task, stage);
  }

  static List<Map<String, Object>> tracks(Templates templates, Task task, int stage) {
    List<Map<String, Object>> out = new ArrayList<>();
    boolean instrumental = Boolean.TRUE.equals(task.request().get("instrumental"));
    boolean ownLyrics = Boolean.TRUE.equals(task.request().get("customMode")) && !instrumental;
    for (int i = 0; i < task.trackIds().size(); i++) {
      String id = task.trackIds().get(i);
      Templates.Track template = templates.tracks.get(i % templates.tracks.size());
      boolean audio = stage == 3 || (stage == 2 && i == 0);
      Map<String, Object> track = new LinkedHashMap<>();
      track.put("id", id);
      track.put("audioUrl", audio ? task.filesBase() + id + ".mp3" : "");
      track.put("streamAudioUrl", stage >= 2 ? task.filesBase() + id : "");
      track.put("imageUrl", stage >= 2 ? task.filesBase() + id + ".jpeg" : "");
      // Without custom mode the prompt is a description: the title and the written lyrics reflect it.
      String title = Reflected.title(task, template.title(), "prompt");
      track.put("prompt", instrumental ? "" : ownLyrics ? task.text("prompt", "")
          : Reflected.lyrics(task, title, template.prompt(), "prompt"));
      track.put("modelName", modelName(task.text("model", "V3_5")));
      track.put("title", title);
      // add-instrumental and replace-section name the style "tags".
      track.put("tags", task.text("style", task.text("tags", template.tags())));
      track.put("createTime", CREATE_TIME.format(task.createdAt()));
      track.put("duration", audio ? template.duration() : null);
      out.add(track);
    }
    return out;
  }

  /** V3_5 → chirp-v3-5, V4_5PLUS → chirp-v4-5plus: the docs only show chirp-v3-5 and chirp-v4. */
  static String modelName(String model) {
    return "chirp-" + model.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
