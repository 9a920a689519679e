package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Callback payloads of created kie.ai/sunoapi.org tasks, shaped like the documented examples (providers.md 1.4,
 * 1.10, 2.4, 2.10): music items in snake_case (plus {@code source_*} copies, {@code createTime} camelCase) with the
 * same values a poll shows at that stage; kie lyrics with {@code task_id}/{@code error_message}, sunoapi.org lyrics
 * with {@code taskId}/{@code errorMessage} under {@code lyricsData}. Failures: music {@code callbackType: error},
 * kie lyrics keeping {@code callbackType: complete} with {@code data: null}, sunoapi.org lyrics {@code error}.
 * The text/first messages are not documented; the mock writes its own.
 */
final class CallbackBodies {
  private static final Map<String, String> SNAKE = Map.of(
      "audioUrl", "audio_url", "streamAudioUrl", "stream_audio_url", "imageUrl", "image_url",
      "modelName", "model_name");
  private static final Map<String, String> SOURCES = Map.of(
      "audio_url", "source_audio_url", "stream_audio_url", "source_stream_audio_url",
      "image_url", "source_image_url");
  private static final String[] MUSIC_MESSAGES = {
      "", "Text generated successfully.", "First track generated successfully.", "All generated successfully."};

  private final FamilyRecords records;
  private final Templates templates;

  CallbackBodies(FamilyRecords records, Templates templates) {
    this.records = records;
    this.templates = templates;
  }

  /** The stage word a delivery is logged and faulted under: text, first, complete or error. */
  static String stageName(Task task, int stage) {
    boolean last = stage == stageCount(task) - 1;
    if (last && task.fate().failed()) return "error";
    if (task.kind() == TaskKind.LYRICS || last) return "complete";
    return stage == 1 ? "text" : "first";
  }

  static int stageCount(Task task) {
    return task.kind() == TaskKind.LYRICS ? FamilyRecords.LYRICS_STAGES.length : FamilyRecords.MUSIC_STAGES.length;
  }

  Map<String, Object> body(Task task, int stage) {
    String name = stageName(task, stage);
    boolean kie = task.provider() == Provider.KIE;
    Map<String, Object> data = new LinkedHashMap<>();
    if (task.kind() == TaskKind.LYRICS) {
      data.put("callbackType", name.equals("error") && kie ? "complete" : name);
      data.put(kie ? "task_id" : "taskId", task.id());
      if (name.equals("error")) {
        data.put("data", null);
        return envelope(code(task, 500), task.fate().errorMessage, data);
      }
      data.put(kie ? "data" : "lyricsData", lyrics(kie));
      return envelope(200, "All generated successfully.", data);
    }
    data.put("callbackType", name);
    data.put("task_id", task.id());
    if (name.equals("error")) {
      data.put("data", null);
      return envelope(code(task, 501), task.fate().errorMessage, data);
    }
    data.put("data", tracks(task, stage));
    return envelope(200, MUSIC_MESSAGES[stage], data);
  }

  private List<Object> lyrics(boolean kie) {
    List<Object> items = new ArrayList<>();
    for (Templates.Lyric lyric : templates.lyrics) {
      Map<String, Object> item = new LinkedHashMap<>();
      if (kie) item.put("error_message", "");
      item.put("status", "complete");
      item.put("text", lyric.text());
      item.put("title", lyric.title());
      if (!kie) item.put("errorMessage", "");
      items.add(item);
    }
    return items;
  }

  /** The tracks a poll shows at this stage, with the callback's key names. */
  private List<Object> tracks(Task task, int stage) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> polled : records.tracks(task, stage)) {
      Map<String, Object> item = new LinkedHashMap<>();
      polled.forEach((key, value) -> {
        String snake = SNAKE.getOrDefault(key, key);
        item.put(snake, value);
        if (SOURCES.containsKey(snake)) item.put(SOURCES.get(snake), value);
      });
      out.add(item);
    }
    return out;
  }

  private static int code(Task task, int fallback) {
    return task.fate().errorCode == null ? fallback : task.fate().errorCode;
  }

  private static Map<String, Object> envelope(int code, String msg, Map<String, Object> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("msg", msg == null ? "" : msg);
    body.put("data", data);
    return body;
  }
}
