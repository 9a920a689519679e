package io.github.sunoport.mock;

import java.util.Arrays;
import java.util.Locale;

/** How a created task ends. Failures carry the task-record errorCode/errorMessage the family documents (5.4). */
enum Fate {
  SUCCESS(null, null),
  CREATE_TASK_FAILED(500, "Server Error - An unexpected error occurred while processing the request"),
  GENERATE_LYRICS_FAILED(500, "Internal Error - Please try again later."),
  GENERATE_AUDIO_FAILED(501, "Audio generation failed"),
  // A callback failure does not undo the generation: the record still holds the result (known from third-party
  // clients only).
  CALLBACK_EXCEPTION(null, "Callback exception"),
  SENSITIVE_WORD_ERROR(400, "Song Description flagged for moderation"),
  FAILED(null, "failed");

  final Integer errorCode;
  final String errorMessage;

  Fate(Integer errorCode, String errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  static Fate of(String name) {
    if (name != null) {
      String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Fate fate : values()) {
        if (fate.name().equals(key)) return fate;
      }
    }
    throw new IllegalArgumentException("Unknown fate '" + name + "'; known: " + Arrays.toString(values()));
  }

  boolean failed() {
    return this != SUCCESS && this != CALLBACK_EXCEPTION;
  }

  /** The documented status of a failed task of this kind; the two "generate" failures swap by kind. */
  String familyStatus(TaskKind kind) {
    if (this == FAILED) return kind == TaskKind.LYRICS ? "GENERATE_LYRICS_FAILED" : "GENERATE_AUDIO_FAILED";
    if (kind == TaskKind.LYRICS && this == GENERATE_AUDIO_FAILED) return "GENERATE_LYRICS_FAILED";
    if (kind != TaskKind.LYRICS && this == GENERATE_LYRICS_FAILED) return "GENERATE_AUDIO_FAILED";
    return name();
  }
}
