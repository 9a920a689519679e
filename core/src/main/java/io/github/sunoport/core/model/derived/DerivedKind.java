package io.github.sunoport.core.model.derived;

/**
 * The kinds of asynchronous task that derive something from a finished track. Each has its own status vocabulary at
 * the provider and its own callback shape; the library maps all of them to one {@link
 * io.github.sunoport.core.model.TaskState}.
 */
public enum DerivedKind {
  /** A lossless WAV copy of one track; the result is a {@link WavFile}. */
  WAV,
  /** A track split into stems (2 or 12); the result is {@link Stems}. */
  STEMS,
  /** Notes transcribed from separated stems; the result is a {@link MidiTranscription}. */
  MIDI,
  /** A music video of one track; the result is a {@link MusicVideo}. */
  VIDEO,
  /** Cover art for a music task; the result is {@link CoverImages}. */
  COVER_IMAGE
}
