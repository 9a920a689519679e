package io.github.sunoport.core.port;

import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;

/**
 * Tools that shape how later music sounds, answered at once (no task, nothing to await): a persona made from a
 * track's voice, and a short style description boosted into a richer one. Reached through
 * {@link SunoClient#styling()}. Thread-safe; every method throws a
 * {@link io.github.sunoport.core.error.SunoException} subclass on failure and is never retried automatically.
 */
public interface StylingPort {
  /**
   * Makes a persona from the voice of a finished track ({@code PERSONA}); sent to the provider that made the track.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the provider refuses it, for example because the
   *     track already has a persona
   */
  Persona createPersona(PersonaRequest request);

  /**
   * Expands a short style description such as {@code "Pop, Mysterious"} into a richer style text
   * ({@code STYLE_BOOST}).
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if {@code content} is blank or too long
   */
  BoostedStyle boostStyle(String content);
}
