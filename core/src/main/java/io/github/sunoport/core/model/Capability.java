package io.github.sunoport.core.model;

/** What a provider can do; a client declares its capabilities and refuses the others with a clear error. */
public enum Capability {
  /** Submitting and fetching lyrics tasks. */
  LYRICS,
  /** Submitting and fetching music tasks. */
  MUSIC,
  /** Extending a generated track. */
  EXTEND,
  /** Word-level timing for a track's lyrics. */
  TIMESTAMPED_LYRICS,
  /** Reading the account's remaining credits. */
  CREDITS,
  /** Pushing results to a callback URL. */
  CALLBACKS
}
