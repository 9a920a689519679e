package io.github.sunoport.mock;

import java.util.List;
import java.util.Locale;

/**
 * The stages a created task goes through, by name, for stage control ({@code /__admin/tasks/{id}/advance}). The
 * family dialect's music tasks have four (PENDING, TEXT_SUCCESS, FIRST_SUCCESS, SUCCESS); sunoapi.com's music tasks
 * three (pending, running: streamable, succeeded), named after the family stage they correspond to; lyrics two.
 * A dialect with its own stage count (issues 12 and 13) adds its names here.
 */
final class TaskStages {
  private static final List<String> TWO = List.of("PENDING", "SUCCESS");
  private static final List<String> THREE = List.of("PENDING", "FIRST_SUCCESS", "SUCCESS");
  private static final List<String> FOUR = List.of("PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS");

  private TaskStages() {}

  /** The task's stage names, first (creation) to final. */
  static List<String> names(Task task) {
    boolean lyrics = task.kind() == TaskKind.LYRICS;
    // A provider that calls back declares its record's stage count with its callback shape.
    int count = task.provider().callbacks() != null ? task.provider().callbacks().shape().recordStages(task)
        : lyrics ? ComRecords.LYRICS_STAGES : ComRecords.MUSIC_STAGES;
    return count == 4 ? FOUR : count == 3 ? THREE : TWO;
  }

  /**
   * The index of a stage given by name (any case, {@code -} for {@code _}) or by number.
   *
   * @throws IllegalArgumentException naming the task's stages
   */
  static int index(Task task, String stage) {
    List<String> names = names(task);
    String key = stage.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    int index = key.matches("\\d{1,2}") ? Integer.parseInt(key) : names.indexOf(key);
    if (index < 0 || index >= names.size()) {
      throw new IllegalArgumentException("Unknown stage '" + stage + "' for task " + task.id() + "; its stages: " + names);
    }
    return index;
  }
}
