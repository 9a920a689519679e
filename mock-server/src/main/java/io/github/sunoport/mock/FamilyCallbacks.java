package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Callback payloads of kie.ai/sunoapi.org tasks, shaped like the documented examples
 * (https://docs.kie.ai/suno-api/generate-lyrics-callbacks, https://docs.kie.ai/suno-api/generate-music-callbacks,
 * https://docs.sunoapi.org/suno-api/generate-lyrics-callbacks,
 * https://docs.sunoapi.org/suno-api/generate-music-callbacks): music items in snake_case (plus {@code source_*} copies,
 * {@code createTime} camelCase) with the same values a poll shows at that stage; the lyrics payload's names differ per
 * provider ({@link LyricsNames}). Failures: music {@code callbackType: error} with {@code data: null}; lyrics as the
 * provider's {@code failedType} says. The text/first messages are not documented; the mock writes its own. Derived
 * tasks call back once, in the shapes of {@link DerivedCallbacks}.
 */
final class FamilyCallbacks implements CallbackShape {
  /** kie.ai: {@code data.task_id}, items under {@code data.data} with {@code error_message} first. */
  static final FamilyCallbacks KIE = new FamilyCallbacks(new LyricsNames("task_id", "data", "error_message", true,
      "complete"), DerivedCallbacks.KIE);
  /** sunoapi.org: {@code data.taskId}, items under {@code data.lyricsData} with {@code errorMessage} last. */
  static final FamilyCallbacks SUNOAPI_ORG = new FamilyCallbacks(new LyricsNames("taskId", "lyricsData",
      "errorMessage", false, "error"), DerivedCallbacks.SUNOAPI_ORG);

  private static final List<String> STAGES = List.of("text", "first", "complete", "error");
  private static final Map<String, String> SNAKE = Map.of(
      "audioUrl", "audio_url", "streamAudioUrl", "stream_audio_url", "imageUrl", "image_url",
      "modelName", "model_name");
  private static final Map<String, String> SOURCES = Map.of(
      "audio_url", "source_audio_url", "stream_audio_url", "source_stream_audio_url",
      "image_url", "source_image_url");
  private static final String[] MUSIC_MESSAGES = {
      "", "Text generated successfully.", "First track generated successfully.", "All generated successfully."};

  /**
   * The names of a lyrics callback.
   *
   * @param taskIdKey the task id's key in {@code data}
   * @param itemsKey the key of the lyrics variants in {@code data}
   * @param itemErrorKey each variant's error message key
   * @param errorKeyFirst the error message is the variant's first key (else its last)
   * @param failedType the {@code callbackType} of a failed task's callback
   */
  record LyricsNames(String taskIdKey, String itemsKey, String itemErrorKey, boolean errorKeyFirst,
      String failedType) {}

  private final LyricsNames lyricsNames;
  private final DerivedCallbacks derived;

  private FamilyCallbacks(LyricsNames lyricsNames, DerivedCallbacks derived) {
    this.lyricsNames = lyricsNames;
    this.derived = derived;
  }

  @Override
  public String stageName(Task task, int stage) {
    if (task.kind().derived()) return derived.stageName(task);
    boolean last = stage == stageCount(task) - 1;
    if (last && task.fate().failed()) return "error";
    if (task.kind() == TaskKind.LYRICS || last) return "complete";
    return stage == 1 ? "text" : "first";
  }

  @Override
  public List<String> stageNames() {
    return STAGES;
  }

  @Override
  public int stageCount(Task task) {
    if (task.kind().derived()) return derived.stageCount();
    return task.kind() == TaskKind.LYRICS ? FamilyRecords.LYRICS_STAGES.length : FamilyRecords.MUSIC_STAGES.length;
  }

  @Override
  public Map<String, Object> body(Task task, int stage) {
    if (task.kind().derived()) return derived.body(task);
    String name = stageName(task, stage);
    Map<String, Object> data = new LinkedHashMap<>();
    if (task.kind() == TaskKind.LYRICS) {
      data.put("callbackType", name.equals("error") ? lyricsNames.failedType() : name);
      data.put(lyricsNames.taskIdKey(), task.id());
      if (name.equals("error")) {
        data.put("data", null);
        return envelope(code(task, 500), task.fate().errorMessage, data);
      }
      data.put(lyricsNames.itemsKey(), lyrics(task));
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

  private List<Object> lyrics(Task task) {
    List<Object> items = new ArrayList<>();
    for (Templates.Lyric lyric : Templates.bundled().lyrics) {
      Map<String, Object> item = new LinkedHashMap<>();
      if (lyricsNames.errorKeyFirst()) item.put(lyricsNames.itemErrorKey(), "");
      item.put("status", "complete");
      String title = Reflected.title(task, lyric.title(), "prompt");
      item.put("text", Reflected.lyrics(task, title, lyric.text(), "prompt"));
      item.put("title", title);
      if (!lyricsNames.errorKeyFirst()) item.put(lyricsNames.itemErrorKey(), "");
      items.add(item);
    }
    return items;
  }

  /** The tracks a poll shows at this stage, with the callback's key names. */
  private static List<Object> tracks(Task task, int stage) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> polled : FamilyRecords.tracks(Templates.bundled(), task, stage)) {
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
