package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A request to make a persona from the voice of a finished track. The voice is analysed in a window of 10 to 30
 * seconds, by default the first 30. A provider makes one persona per track.
 *
 * @param source the track and the music task that made it
 * @param name the persona's name, at most {@value #MAX_TEXT_LENGTH} characters
 * @param description its genre, mood and vocal qualities, at most {@value #MAX_TEXT_LENGTH} characters
 * @param vocalStartSeconds where the analysed window starts (default 0)
 * @param vocalEndSeconds where it ends (default 30)
 * @param style an extra style tag for the persona
 */
public record PersonaRequest(
    SourceTrack source,
    String name,
    String description,
    OptionalDouble vocalStartSeconds,
    OptionalDouble vocalEndSeconds,
    Optional<String> style) implements Owned {
  /** A bound above every provider's own limit. */
  public static final int MAX_TEXT_LENGTH = 1_000;
  /** The shortest analysed window, in seconds. */
  public static final double MIN_WINDOW_SECONDS = 10;
  /** The longest analysed window, in seconds. */
  public static final double MAX_WINDOW_SECONDS = 30;

  /** Checks every field and the window, naming the field in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public PersonaRequest {
    Objects.requireNonNull(source, "source == null");
    Checks.text(name, "name", MAX_TEXT_LENGTH);
    Checks.text(description, "description", MAX_TEXT_LENGTH);
    Objects.requireNonNull(vocalStartSeconds, "vocalStartSeconds == null");
    Objects.requireNonNull(vocalEndSeconds, "vocalEndSeconds == null");
    Checks.optionalText(style, "style", MAX_TEXT_LENGTH);
    double start = vocalStartSeconds.orElse(0);
    double end = vocalEndSeconds.orElse(start + MAX_WINDOW_SECONDS);
    if (!Double.isFinite(start) || start < 0) {
      throw Checks.invalid("vocalStartSeconds", "must be finite and not negative, was " + start);
    }
    double window = end - start;
    if (!Double.isFinite(end) || window < MIN_WINDOW_SECONDS || window > MAX_WINDOW_SECONDS) {
      throw Checks.invalid("vocalEndSeconds", "- vocalStartSeconds must be from 10 to 30 seconds, was " + start + " to "
          + end);
    }
  }

  /** Returns a request for a persona named {@code name} analysing the first 30 seconds of {@code source}. */
  public static PersonaRequest of(SourceTrack source, String name, String description) {
    return new PersonaRequest(source, name, description, OptionalDouble.empty(), OptionalDouble.empty(),
        Optional.empty());
  }

  /** Returns a copy analysing the voice from {@code startSeconds} to {@code endSeconds}. */
  public PersonaRequest withVocalWindow(double startSeconds, double endSeconds) {
    return new PersonaRequest(source, name, description, OptionalDouble.of(startSeconds),
        OptionalDouble.of(endSeconds), style);
  }

  /** Returns a copy with the extra style tag {@code style}. */
  public PersonaRequest withStyle(String style) {
    return new PersonaRequest(source, name, description, vocalStartSeconds, vocalEndSeconds, Optional.of(style));
  }

  /** The provider that made the track. */
  @Override
  public ProviderId owner() {
    return source.owner();
  }
}
