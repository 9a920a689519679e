package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Callbacks of kie.ai Market tasks. kie documents none for its Market Suno models, so the mock
 * sends one at the end, designed from the poll: {@code {code: 200, msg, data}} with {@code data} the final task
 * record ({@code state} success or fail, {@code resultJson}, {@code failCode}, {@code failMsg}).
 */
final class MarketCallbackShape implements CallbackShape {
  static final MarketCallbackShape INSTANCE = new MarketCallbackShape();

  private MarketCallbackShape() {}

  /** Created, then final: one delivery, at the end of the timeline. */
  @Override
  public int stageCount(Task task) {
    return 2;
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
    body.put("msg", task.fate().failed() ? task.fate().errorMessage : "success");
    body.put("data", new MarketRecords(Templates.bundled(), null).data(task, MarketRecords.STATES.length - 1));
    return body;
  }
}
