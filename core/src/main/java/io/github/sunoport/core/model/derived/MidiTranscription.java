package io.github.sunoport.core.model.derived;

import java.util.List;
import java.util.Objects;

/**
 * Notes transcribed from separated stems, per instrument. May be empty: kie.ai warns that a transcription of a
 * twelve-stem separation can come back without notes.
 *
 * @param instruments the instruments in the provider's order
 */
public record MidiTranscription(List<MidiInstrument> instruments) implements DerivedResult {
  /** Copies the list and checks that nothing is null. */
  public MidiTranscription {
    Objects.requireNonNull(instruments, "instruments == null");
    for (int i = 0; i < instruments.size(); i++) {
      Objects.requireNonNull(instruments.get(i), "instruments[" + i + "] == null");
    }
    instruments = List.copyOf(instruments);
  }

  /** Returns a transcription of {@code instruments}. */
  public static MidiTranscription of(List<MidiInstrument> instruments) {
    return new MidiTranscription(instruments);
  }

  /** The number of notes over all instruments. */
  public int noteCount() {
    return instruments.stream().mapToInt(i -> i.notes().size()).sum();
  }

  @Override
  public DerivedKind kind() {
    return DerivedKind.MIDI;
  }
}
