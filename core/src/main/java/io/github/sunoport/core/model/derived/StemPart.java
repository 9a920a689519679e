package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TrackId;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One separated stem as the provider lists it with its own id. The id is what a MIDI transcription of just this stem
 * names ({@link MidiRequest#stem()}).
 *
 * @param id the provider's id for the stem
 * @param name the provider's name for the stem ("Vocals", "Keyboard", ...), never null
 * @param role what the stem holds; {@link StemRole#OTHER} for a name this library does not know
 * @param link where the stem's audio is
 * @param durationSeconds how long it is, when the provider says
 */
public record StemPart(TrackId id, String name, StemRole role, ResultLink link, OptionalDouble durationSeconds) {
  /** Checks that nothing is null and that a duration is finite and not negative. */
  public StemPart {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(durationSeconds, "durationSeconds == null");
    durationSeconds.ifPresent(d -> {
      if (!Double.isFinite(d) || d < 0) {
        throw new IllegalArgumentException("durationSeconds must be finite and not negative, was " + d);
      }
    });
  }
}
