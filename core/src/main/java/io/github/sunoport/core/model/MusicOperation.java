package io.github.sunoport.core.model;

/** What a music task does. */
public enum MusicOperation {
  /** Generates new tracks. */
  GENERATE,
  /** Extends an existing track. */
  EXTEND,
  /** Covers uploaded audio. */
  UPLOAD_COVER,
  /** Extends uploaded audio. */
  UPLOAD_EXTEND,
  /** The provider did not say, or said something this library does not know. */
  UNKNOWN
}
