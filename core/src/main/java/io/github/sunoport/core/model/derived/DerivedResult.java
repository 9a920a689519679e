package io.github.sunoport.core.model.derived;

/**
 * What a finished derived task produced: a {@link WavFile}, {@link Stems}, a {@link MidiTranscription}, a
 * {@link MusicVideo} or {@link CoverImages}.
 */
public interface DerivedResult {
  /** The kind of task that produces this result. */
  DerivedKind kind();
}
