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
 * Record-info bodies and results of the derived tasks (shapes kie.ai and sunoapi.org document, e.g.
 * https://docs.kie.ai/suno-api/get-wav-details and https://docs.sunoapi.org/suno-api/get-wav-conversion-details): WAV,
 * stems and video report {@code successFlag} words ({@code PENDING} → {@code SUCCESS} or a failure word), MIDI integers
 * 0 → 1 (2 creation failed, 3 generation failed), cover images integers 0 → 2 (generating) → 1 (3 failed). Times are
 * written as each documented example writes them: text for WAV and video, milliseconds for stems and MIDI, ISO-8601 for
 * covers. Results use the documented example values where they exist.
 */
final class DerivedRecords {
  /** The stems of a twelve-stem split, in the docs' order: record key, callback key, originData name. */
  static final List<String[]> TWELVE = List.of(
      new String[] {"vocalUrl", "vocal_url", "Vocals"},
      new String[] {"backingVocalsUrl", "backing_vocals_url", "Backing Vocals"},
      new String[] {"drumsUrl", "drums_url", "Drums"}, new String[] {"bassUrl", "bass_url", "Bass"},
      new String[] {"guitarUrl", "guitar_url", "Guitar"}, new String[] {"keyboardUrl", "keyboard_url", "Keyboard"},
      new String[] {"percussionUrl", "percussion_url", "Percussion"},
      new String[] {"stringsUrl", "strings_url", "Strings"}, new String[] {"synthUrl", "synth_url", "Synth"},
      new String[] {"fxUrl", "fx_url", "FX"}, new String[] {"brassUrl", "brass_url", "Brass"},
      new String[] {"woodwindsUrl", "woodwinds_url", "Woodwinds"});
  static final List<String[]> TWO = List.of(
      new String[] {"vocalUrl", "vocal_url", "Vocals"},
      new String[] {"instrumentalUrl", "instrumental_url", "Instrumental"});
  private static final List<String> ALL_RECORD_KEYS = List.of("instrumentalUrl", "vocalUrl", "backingVocalsUrl",
      "drumsUrl", "bassUrl", "guitarUrl", "pianoUrl", "keyboardUrl", "percussionUrl", "stringsUrl", "synthUrl",
      "fxUrl", "brassUrl", "woodwindsUrl");
  private static final DateTimeFormatter TEXT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Lifecycle lifecycle;

  DerivedRecords(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /** Stages on a derived task's timeline: pending, then done; covers pass through "generating". */
  static int stageCount(TaskKind kind) {
    return kind == TaskKind.COVER_IMAGE ? 3 : 2;
  }

  /**
   * The stems a separation request asks for: two, twelve, or for {@code split_stem_advanced} the one named by
   * {@code stemName} (a twelve-stem name, else only an originData entry under the name asked for; kie.ai documents
   * no example of this result, so its shape is inferred from the other two).
   */
  static List<String[]> stemsOf(Task task) {
    String type = task.text("type", "separate_vocal");
    if ("split_stem_advanced".equals(type)) {
      String name = task.text("stemName", "Stem");
      for (String[] stem : TWELVE) {
        if (stem[2].equalsIgnoreCase(name)) return List.<String[]>of(stem);
      }
      return List.<String[]>of(new String[] {null, null, name});
    }
    return "split_stem".equals(type) ? TWELVE : TWO;
  }

  Map<String, Object> record(Task task) {
    TaskKind kind = task.kind();
    int stages = stageCount(kind);
    int stage = lifecycle.stage(task, stages);
    boolean done = stage == stages - 1;
    boolean failed = done && task.fate().failed();
    boolean withResult = done && !failed;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", task.id());
    if (kind == TaskKind.COVER_IMAGE) {
      data.put("parentTaskId", task.parentMusicId());
    } else if (kind == TaskKind.MIDI) {
      data.put("recordTaskId", -1);
      data.put("audioId", task.text("audioId", null));
    } else {
      data.put("musicId", task.parentMusicId());
      data.put("musicIndex", 0);
    }
    data.put("callbackUrl", task.callBackUrl());
    data.put("completeTime", done ? time(kind, lifecycle.reachedAt(task, stages - 1, stages)) : null);
    if (kind == TaskKind.MIDI) {
      data.put("midiData", withResult ? midi() : null);
    } else {
      data.put("response", withResult ? response(task) : null);
    }
    data.put("successFlag", status(task, stage, done));
    data.put("createTime", time(kind, task.createdAt()));
    data.put("errorCode", failed ? errorCode(task) : null);
    data.put("errorMessage", failed ? task.fate().errorMessage : null);
    return task.provider().envelope().ok(data, "success");
  }

  private static Object time(TaskKind kind, Instant at) {
    return switch (kind) {
      case STEMS, MIDI -> at.toEpochMilli();
      case COVER_IMAGE -> at.toString();
      default -> TEXT_TIME.format(at);
    };
  }

  private static Object status(Task task, int stage, boolean done) {
    TaskKind kind = task.kind();
    Fate fate = task.fate();
    if (kind == TaskKind.MIDI) {
      if (!done) return 0;
      return !fate.failed() ? 1 : fate == Fate.CREATE_TASK_FAILED ? 2 : 3;
    }
    if (kind == TaskKind.COVER_IMAGE) {
      if (!done) return stage == 0 ? 0 : 2;
      return fate.failed() ? 3 : 1;
    }
    if (!done) return "PENDING";
    if (fate == Fate.SUCCESS) return "SUCCESS";
    if (fate == Fate.CREATE_TASK_FAILED || fate == Fate.CALLBACK_EXCEPTION) return fate.name();
    return switch (kind) {
      case WAV -> "GENERATE_WAV_FAILED";
      case VIDEO -> "GENERATE_MP4_FAILED";
      default -> "GENERATE_AUDIO_FAILED";
    };
  }

  private static Object errorCode(Task task) {
    Integer code = task.fate().errorCode == null ? 500 : task.fate().errorCode;
    // MIDI documents errorCode as a string.
    return task.kind() == TaskKind.MIDI ? code.toString() : code;
  }

  /** The result in record-info's camelCase. */
  static Map<String, Object> response(Task task) {
    Map<String, Object> response = new LinkedHashMap<>();
    switch (task.kind()) {
      case WAV -> response.put("audioWavUrl", url(task, ".wav"));
      case VIDEO -> response.put("videoUrl", url(task, ".mp4"));
      case COVER_IMAGE -> response.put("images", List.of(url(task, "-1.png"), url(task, "-2.png")));
      case STEMS -> {
        List<String[]> stems = stemsOf(task);
        List<Object> origin = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
          Map<String, Object> part = new LinkedHashMap<>();
          part.put("duration", 198.44);
          part.put("audio_url", stemUrl(task, i));
          part.put("stem_type_group_name", stems.get(i)[2]);
          part.put("id", task.trackIds().get(i));
          origin.add(part);
        }
        response.put("id", null);
        response.put("originUrl", null);
        response.put("originData", origin);
        for (String key : ALL_RECORD_KEYS) response.put(key, null);
        for (int i = 0; i < stems.size(); i++) {
          if (stems.get(i)[0] != null) response.put(stems.get(i)[0], stemUrl(task, i));
        }
      }
      default -> throw new IllegalStateException("no response for " + task.kind());
    }
    return response;
  }

  static String url(Task task, String suffix) {
    return "https://example.cn/derived/" + task.id() + suffix;
  }

  static String stemUrl(Task task, int index) {
    return "https://example.cn/derived/" + task.trackIds().get(index) + ".mp3";
  }

  /** The notes of kie.ai's MIDI details example. */
  static Map<String, Object> midi() {
    Map<String, Object> midi = new LinkedHashMap<>();
    midi.put("state", "complete");
    midi.put("instruments", List.of(
        Map.of("name", "Drums", "notes", List.of(note(73, 0.036458333333333336, 0.18229166666666666),
            note(61, 0.046875, 0.19270833333333334))),
        Map.of("name", "Electric Bass (finger)", "notes", List.of(note(44, 7.6875, 7.911458333333333)))));
    return midi;
  }

  private static Map<String, Object> note(int pitch, double start, double end) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("pitch", pitch);
    note.put("start", start);
    note.put("end", end);
    note.put("velocity", 1);
    return note;
  }
}
