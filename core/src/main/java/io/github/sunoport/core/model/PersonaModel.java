package io.github.sunoport.core.model;

/**
 * How a persona shapes a song: by its style or by its voice. Providers that know the choice default to
 * {@link #STYLE}; some offer {@link #VOICE} only on newer models, which the adapter checks before sending.
 */
public enum PersonaModel {
  /** The persona lends its style ({@code style_persona}). */
  STYLE,
  /** The persona lends its voice ({@code voice_persona}); a custom voice id can stand in for a persona id. */
  VOICE
}
