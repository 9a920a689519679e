package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-stage callbacks of derived tasks, in each documented shape: WAV {@code data.audioWavUrl} +
 * {@code data.task_id}; stems under {@code vocal_separation_info} (kie.ai) or {@code vocal_removal_info}
 * (sunoapi.org), snake_case; MIDI with {@code task_id} at the top level and note times as strings, as its example
 * has them; video {@code data.video_url}; cover images {@code data.images} with a camelCase {@code data.taskId}.
 * Failures use the documented failure examples (code 400, or 501 for covers; MIDI, which documents none, 500).
 */
final class DerivedCallbacks {
  /** kie.ai's separation key and message. */
  static final DerivedCallbacks KIE =
      new DerivedCallbacks("vocal_separation_info", "vocal separation generated successfully.");
  /** sunoapi.org's separation key and message. */
  static final DerivedCallbacks SUNOAPI_ORG =
      new DerivedCallbacks("vocal_removal_info", "vocal Removal generated successfully.");

  private final String stemsKey;
  private final String stemsMessage;

  private DerivedCallbacks(String stemsKey, String stemsMessage) {
    this.stemsKey = stemsKey;
    this.stemsMessage = stemsMessage;
  }

  /** Derived tasks call back once, at the end. */
  int stageCount() {
    return 2;
  }

  String stageName(Task task) {
    return task.fate().failed() ? "error" : "complete";
  }

  Map<String, Object> body(Task task) {
    boolean failed = task.fate().failed();
    Map<String, Object> data = new LinkedHashMap<>();
    switch (task.kind()) {
      case WAV -> {
        data.put("audioWavUrl", failed ? null : DerivedRecords.url(task, ".wav"));
        data.put("task_id", task.id());
        return failed ? envelope(400, "WAV format conversion failed", data) : envelope(200, "success", data);
      }
      case STEMS -> {
        data.put("task_id", task.id());
        data.put(stemsKey, failed ? null : stems(task));
        return failed ? envelope(400, "Vocal separation failed", data) : envelope(200, stemsMessage, data);
      }
      case VIDEO -> {
        data.put("task_id", task.id());
        data.put("video_url", failed ? null : DerivedRecords.url(task, ".mp4"));
        return failed ? envelope(400, "MP4 generation failed", data)
            : envelope(200, "MP4 generated successfully.", data);
      }
      case COVER_IMAGE -> {
        data.put("taskId", task.id());
        data.put("images", failed ? null
            : List.of(DerivedRecords.url(task, "-1.png"), DerivedRecords.url(task, "-2.png")));
        return failed ? envelope(501, "Cover generation failed", data) : envelope(200, "success", data);
      }
      case MIDI -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task_id", task.id());
        body.putAll(failed ? envelope(500, "MIDI generation failed", null) : envelope(200, "success", midi()));
        return body;
      }
      default -> throw new IllegalStateException("not a derived task: " + task.kind());
    }
  }

  private static Map<String, Object> stems(Task task) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("origin_url", "");
    List<String[]> stems = DerivedRecords.stemsOf(task);
    for (int i = 0; i < stems.size(); i++) {
      // A one-instrument stem with a name outside the twelve has no key of its own (DerivedRecords.stemsOf).
      if (stems.get(i)[1] != null) info.put(stems.get(i)[1], DerivedRecords.stemUrl(task, i));
    }
    return info;
  }

  /** The record's notes with {@code start} and {@code end} as strings, the way the callback example sends them. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> midi() {
    Map<String, Object> midi = DerivedRecords.midi();
    List<Object> instruments = new java.util.ArrayList<>();
    for (Object instrument : (List<Object>) midi.get("instruments")) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) instrument);
      List<Object> notes = new java.util.ArrayList<>();
      for (Object note : (List<Object>) copy.get("notes")) {
        Map<String, Object> n = new LinkedHashMap<>((Map<String, Object>) note);
        n.put("start", n.get("start").toString());
        n.put("end", n.get("end").toString());
        notes.add(n);
      }
      copy.put("notes", notes);
      instruments.add(copy);
    }
    midi.put("instruments", instruments);
    return midi;
  }

  private static Map<String, Object> envelope(int code, String msg, Map<String, Object> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("msg", msg);
    body.put("data", data);
    return body;
  }
}
