package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ProviderId;
import java.util.Objects;

/**
 * A reusable voice and style profile made from one track, to sing later music with. Only the provider that made it
 * knows it: pass {@link #id()} back to that provider.
 *
 * @param provider the provider that made the persona
 * @param id the provider's id for the persona
 * @param name the persona's name, possibly empty (some providers do not echo it), never null
 * @param description its description, possibly empty, never null
 */
public record Persona(ProviderId provider, String id, String name, String description) {
  /** The longest persona id accepted. */
  public static final int MAX_ID_LENGTH = 200;

  /** Checks that nothing is null and that the id is a non-blank id without white space. */
  public Persona {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(id, "id == null");
    // Provider data, not app input: an odd id is a protocol problem the adapter reports, so no InvalidRequestException.
    if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("persona id must be 1 to " + MAX_ID_LENGTH
          + " characters without white space");
    }
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
  }
}
