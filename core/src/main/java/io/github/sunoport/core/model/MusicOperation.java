package io.github.sunoport.core.model;

/**
 * What a music task does. Adapters map the provider's echoed word for it; a word this library does not know is
 * {@link #UNKNOWN}, and the word itself stays readable as {@link MusicTask#rawOperation()}.
 */
public enum MusicOperation {
  /** Generates new tracks. */
  GENERATE,
  /** Extends an existing track. */
  EXTEND,
  /** Covers uploaded audio. */
  UPLOAD_COVER,
  /** Extends uploaded audio. */
  UPLOAD_EXTEND,
  /** Sings vocals over an uploaded instrumental. */
  ADD_VOCALS,
  /** Builds an accompaniment under uploaded vocals. */
  ADD_INSTRUMENTAL,
  /** Regenerates a time window of a song. */
  REPLACE_SECTION,
  /** Blends two uploaded tracks. */
  MASHUP,
  /** Generates a sound effect or loop. */
  SOUNDS,
  /** Covers an existing track. */
  COVER,
  /** Joins an extension chain into one song. */
  CONCAT,
  /** The provider did not say, or said something this library does not know. */
  UNKNOWN
}
