package io.github.sunoport.core.model.derived;

import java.util.List;
import java.util.Objects;

/**
 * The notes transcribed for one instrument.
 *
 * @param name the provider's instrument name ("Drums", "Electric Bass (finger)"), possibly empty, never null
 * @param notes the notes in the provider's order
 */
public record MidiInstrument(String name, List<MidiNote> notes) {
  /** Copies the notes and checks that nothing is null. */
  public MidiInstrument {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(notes, "notes == null");
    for (int i = 0; i < notes.size(); i++) {
      Objects.requireNonNull(notes.get(i), "notes[" + i + "] == null");
    }
    notes = List.copyOf(notes);
  }
}
