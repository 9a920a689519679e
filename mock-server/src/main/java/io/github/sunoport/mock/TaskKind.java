package io.github.sunoport.mock;

/**
 * What a created task produces. {@link #LYRICS} and the kinds derived from a finished track ({@link #derived()}) have
 * their own records and callbacks; every other kind is music-shaped: polled through the music record-info and called
 * back with the music stages.
 */
enum TaskKind {
  LYRICS("", ""),
  MUSIC("GENERATE", "generate"),
  EXTEND("EXTEND", "extend"),
  // kie documents the operationType words upload_cover and upload_extend
  // (https://docs.kie.ai/suno-api/get-music-details); the words of the others are not documented, so the mock sends its
  // own guess and clients must accept any word.
  UPLOAD_COVER("GENERATE", "upload_cover"),
  UPLOAD_EXTEND("EXTEND", "upload_extend"),
  ADD_VOCALS("GENERATE", "add_vocals"),
  ADD_INSTRUMENTAL("GENERATE", "add_instrumental"),
  REPLACE_SECTION("GENERATE", "replace_section"),
  MASHUP("GENERATE", "mashup"),
  SOUNDS("GENERATE", "sounds"),
  // Derived from a finished track: their own records and callbacks (DerivedRecords, DerivedCallbacks).
  WAV("", ""),
  STEMS("", ""),
  MIDI("", ""),
  VIDEO("", ""),
  COVER_IMAGE("", "");

  /** The record's {@code type}. */
  final String recordType;
  /** The record's {@code operationType}. */
  final String operationType;

  TaskKind(String recordType, String operationType) {
    this.recordType = recordType;
    this.operationType = operationType;
  }

  /** True for the tasks derived from a finished track, which have their own records and callbacks. */
  boolean derived() {
    return ordinal() >= WAV.ordinal();
  }

  /** True for the music-shaped tasks, which make tracks. */
  boolean music() {
    return this != LYRICS && !derived();
  }
}
