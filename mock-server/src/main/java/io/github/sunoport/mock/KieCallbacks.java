package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** kie.ai's callbacks: the legacy shapes for legacy tasks, {@link MarketCallbackShape} for Market tasks. */
final class KieCallbacks implements CallbackShape {
  static final KieCallbacks INSTANCE = new KieCallbacks();

  private KieCallbacks() {}

  private static CallbackShape of(Task task) {
    return MarketRecords.isMarket(task) ? MarketCallbackShape.INSTANCE : FamilyCallbacks.KIE;
  }

  @Override
  public int stageCount(Task task) {
    return of(task).stageCount(task);
  }

  @Override
  public String stageName(Task task, int stage) {
    return of(task).stageName(task, stage);
  }

  @Override
  public List<String> stageNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>(FamilyCallbacks.KIE.stageNames());
    names.addAll(MarketCallbackShape.INSTANCE.stageNames());
    return new ArrayList<>(names);
  }

  @Override
  public Map<String, Object> body(Task task, int stage) {
    return of(task).body(task, stage);
  }
}
