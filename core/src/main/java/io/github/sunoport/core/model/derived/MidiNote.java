package io.github.sunoport.core.model.derived;

/**
 * One transcribed note.
 *
 * @param pitch the MIDI note number, 0 to 127 (60 is middle C)
 * @param startSeconds when the note starts, in seconds from the start of the track
 * @param endSeconds when it ends; not before {@code startSeconds}
 * @param velocity how hard it is played; the providers document 0 to 1
 */
public record MidiNote(int pitch, double startSeconds, double endSeconds, double velocity) {
  /** Checks the ranges, naming the field in the {@link IllegalArgumentException}. */
  public MidiNote {
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("pitch must be a MIDI note number from 0 to 127, was " + pitch);
    }
    if (!Double.isFinite(startSeconds) || startSeconds < 0) {
      throw new IllegalArgumentException("startSeconds must be finite and not negative, was " + startSeconds);
    }
    if (!Double.isFinite(endSeconds) || endSeconds < startSeconds) {
      throw new IllegalArgumentException(
          "endSeconds must be finite and not before startSeconds " + startSeconds + ", was " + endSeconds);
    }
    if (!Double.isFinite(velocity) || velocity < 0) {
      throw new IllegalArgumentException("velocity must be finite and not negative, was " + velocity);
    }
  }
}
