package io.github.sunoport.core.model.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MidiTranscriptionTest {
  @Test
  void counts_notes_over_all_instruments() {
    MidiTranscription midi = MidiTranscription.of(List.of(
        new MidiInstrument("Drums", List.of(new MidiNote(73, 0.036, 0.182, 1), new MidiNote(61, 0.046, 0.192, 1))),
        new MidiInstrument("Electric Bass (finger)", List.of(new MidiNote(44, 7.6875, 7.911, 1)))));

    assertThat(midi.noteCount()).isEqualTo(3);
    assertThat(midi.kind()).isEqualTo(DerivedKind.MIDI);
  }

  @Test
  void may_be_empty() {
    assertThat(MidiTranscription.of(List.of()).noteCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "-1, 0, 1, 1, pitch",
      "128, 0, 1, 1, pitch",
      "60, -0.5, 1, 1, startSeconds",
      "60, NaN, 1, 1, startSeconds",
      "60, 2, 1, 1, endSeconds",
      "60, 0, Infinity, 1, endSeconds",
      "60, 0, 1, -1, velocity",
  })
  void refuses_a_note_out_of_range(int pitch, double start, double end, double velocity, String field) {
    assertThatIllegalArgumentException().isThrownBy(() -> new MidiNote(pitch, start, end, velocity))
        .withMessageStartingWith(field);
  }

  @Test
  void a_note_may_be_instantaneous_and_pitches_0_and_127_are_notes() {
    assertThat(new MidiNote(0, 1, 1, 0).endSeconds()).isEqualTo(1);
    assertThat(new MidiNote(127, 0, 1, 1).pitch()).isEqualTo(127);
  }
}
