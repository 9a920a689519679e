package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of kie.ai Market tasks ({@code GET /api/v1/jobs/recordInfo},
 * https://docs.kie.ai/market/common/get-task-detail): {@code state} moves waiting → queuing → generating → success (or
 * fail at the end), {@code param} is the create body as a JSON string, {@code resultJson} a JSON string once the task
 * succeeded, shaped per operation as third parties measured it in live runs (October 2026): songs under {@code data},
 * lyrics under {@code resultObject.lyricsData}, WAV and video links under {@code resultUrls}; the other derived shapes
 * are designed (see {@code result}). Times are epoch milliseconds.
 */
final class MarketRecords {
  static final String[] STATES = {"waiting", "queuing", "generating", "success"};
  /** Where the create call's outer model id is kept in a Market task's request map. */
  static final String MODEL_KEY = "marketModel";

  private final Templates templates;
  private final Lifecycle lifecycle;

  /** Records on {@code lifecycle}'s timeline; a null lifecycle renders final records stamped now, for callbacks. */
  MarketRecords(Templates templates, Lifecycle lifecycle) {
    this.templates = templates;
    this.lifecycle = lifecycle;
  }

  static boolean isMarket(Task task) {
    return task.request().get(MODEL_KEY) instanceof String;
  }

  /** The record's {@code data}, at the task's current stage. */
  Map<String, Object> data(Task task) {
    int stage = lifecycle.stage(task, STATES.length);
    return data(task, stage);
  }

  Map<String, Object> data(Task task, int stage) {
    boolean done = stage == STATES.length - 1;
    boolean failed = done && task.fate().failed();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", task.id());
    data.put("model", task.request().get(MODEL_KEY));
    data.put("state", failed ? "fail" : STATES[stage]);
    data.put("param", task.param());
    data.put("resultJson", done && !failed ? Json.string(result(task)) : "");
    data.put("failCode", failed ? String.valueOf(task.fate().errorCode == null ? 500 : task.fate().errorCode) : "");
    data.put("failMsg", failed ? task.fate().errorMessage : "");
    long created = task.createdAt().toEpochMilli();
    // A callback is rendered when the final stage is reached, without the timeline at hand: then is now.
    long reached = lifecycle == null ? System.currentTimeMillis()
        : lifecycle.reachedAt(task, stage, STATES.length).toEpochMilli();
    data.put("completeTime", done ? reached : null);
    data.put("createTime", created);
    data.put("updateTime", reached);
    return data;
  }

  private Map<String, Object> result(Task task) {
    Map<String, Object> result = new LinkedHashMap<>();
    // Third parties measured resultUrls for WAV and video; the other derived shapes are not documented and are this
    // mock's design from the legacy records: cover images as resultUrls, stems as the legacy record's response,
    // MIDI as its midiData.
    switch (task.kind()) {
      case WAV -> result.put("resultUrls", List.of(DerivedRecords.url(task, ".wav")));
      case VIDEO -> result.put("resultUrls", List.of(DerivedRecords.url(task, ".mp4")));
      case COVER_IMAGE -> result.put("resultUrls", List.of(DerivedRecords.url(task, "-1.png"),
          DerivedRecords.url(task, "-2.png")));
      case STEMS -> result.putAll(DerivedRecords.response(task));
      case MIDI -> result.putAll(DerivedRecords.midi());
      default -> {
        return musicOrLyrics(task, result);
      }
    }
    return result;
  }

  private Map<String, Object> musicOrLyrics(Task task, Map<String, Object> result) {
    if (task.kind() == TaskKind.LYRICS) {
      List<Object> variants = new ArrayList<>();
      for (Templates.Lyric lyric : templates.lyrics) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", lyric.text());
        item.put("title", lyric.title());
        item.put("status", "complete");
        item.put("errorMessage", "");
        variants.add(item);
      }
      result.put("resultObject", Map.of("lyricsData", variants));
      return result;
    }
    List<Object> songs = new ArrayList<>();
    for (Map<String, Object> track : FamilyRecords.tracks(templates, task, 3)) {
      Map<String, Object> song = new LinkedHashMap<>();
      song.put("id", track.get("id"));
      song.put("title", track.get("title"));
      song.put("duration", track.get("duration"));
      song.put("audio_url", track.get("audioUrl"));
      song.put("stream_audio_url", track.get("streamAudioUrl"));
      song.put("image_url", track.get("imageUrl"));
      song.put("model_name", track.get("modelName"));
      song.put("prompt", track.get("prompt"));
      song.put("tags", track.get("tags"));
      song.put("createTime", task.createdAt().toEpochMilli());
      songs.add(song);
    }
    result.put("data", songs);
    return result;
  }
}
