package io.github.sunoport.mock;

/**
 * What a created task produces. Every kind but {@link #LYRICS} is music-shaped: polled through the music record-info
 * and called back with the music stages.
 */
enum TaskKind {
  LYRICS("", ""),
  MUSIC("GENERATE", "generate"),
  EXTEND("EXTEND", "extend"),
  // kie documents the operationType words upload_cover and upload_extend; the words of the others are not
  // documented (operations.md 1.0), so the mock sends its own guess and clients must accept any word.
  UPLOAD_COVER("GENERATE", "upload_cover"),
  UPLOAD_EXTEND("EXTEND", "upload_extend"),
  ADD_VOCALS("GENERATE", "add_vocals"),
  ADD_INSTRUMENTAL("GENERATE", "add_instrumental"),
  REPLACE_SECTION("GENERATE", "replace_section"),
  MASHUP("GENERATE", "mashup"),
  SOUNDS("GENERATE", "sounds");

  /** The record's {@code type}. */
  final String recordType;
  /** The record's {@code operationType}. */
  final String operationType;

  TaskKind(String recordType, String operationType) {
    this.recordType = recordType;
    this.operationType = operationType;
  }
}
