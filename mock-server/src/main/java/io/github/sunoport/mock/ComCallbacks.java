package io.github.sunoport.mock;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sunoapi.com's webhooks (https://docs.sunoapi.com/webhook-guide): one POST when a music task reaches its final
 * state, {@code code} 200 and the task's clips under {@code data} as {@code GET task} shows them then (a separation's
 * stem clips alike, inferred). The page's
 * example does not show where the task id sits; the mock puts it at the top level as {@code task_id}. Only tasks
 * created with a {@code webhook_url} call back; lyrics tasks never do (make-lyrics documents no webhook).
 */
final class ComCallbacks implements CallbackShape {
  static final ComCallbacks INSTANCE = new ComCallbacks();

  /** Renders clips as they are at the end of the timeline, whatever the clock says. */
  private final ComRecords finalRecords =
      new ComRecords(Templates.bundled(), new Lifecycle(Clock.systemUTC(), Duration.ZERO));

  private ComCallbacks() {}

  @Override
  public int stageCount(Task task) {
    return (task.kind().music() || task.kind() == TaskKind.STEMS) && task.callBackUrl() != null ? 2 : 0;
  }

  /** Its records move through pending, running and succeeded however few webhooks a task sends. */
  @Override
  public int recordStages(Task task) {
    return switch (task.kind()) {
      case LYRICS -> ComRecords.LYRICS_STAGES;
      case STEMS -> ComRecords.STEMS_STAGES;
      default -> ComRecords.MUSIC_STAGES;
    };
  }

  @Override
  public String stageName(Task task, int stage) {
    return task.fate().failed() ? "error" : "complete";
  }

  @Override
  public List<String> stageNames() {
    return List.of("complete", "error");
  }

  @Override
  public Map<String, Object> body(Task task, int stage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", 200);
    body.put("task_id", task.id());
    body.put("data", (task.kind() == TaskKind.STEMS ? finalRecords.stems(task) : finalRecords.task(task)).get("data"));
    return body;
  }
}
