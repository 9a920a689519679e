package io.github.sunoport.core.model;

import java.util.Objects;

/**
 * A track's id together with the provider that made it. Work on an existing track (extending it, reading its
 * timestamped lyrics, deriving WAV, stems, video or cover art from it) only succeeds at that provider, so the owner
 * travels with the id the way it does in {@link TaskId}.
 *
 * <p>The value is what the provider returned (its audio or clip id): non-blank, at most {@value #MAX_LENGTH}
 * characters, no white space and no control characters.
 *
 * @param provider the provider that made the track
 * @param value the provider's id for the track
 */
public record TrackId(ProviderId provider, String value) implements Owned {
  /** The longest track id accepted. Documented ids are 36 characters long. */
  public static final int MAX_LENGTH = 200;

  /**
   * Validates both parts; a bad value is an {@link io.github.sunoport.core.error.InvalidRequestException} naming the
   * problem.
   */
  public TrackId {
    Objects.requireNonNull(provider, "provider == null");
    Checks.identifier(value, "track id", MAX_LENGTH);
  }

  /** Returns the id {@code value} of a track made by {@code provider}. */
  public static TrackId of(String provider, String value) {
    return new TrackId(ProviderId.of(provider), value);
  }

  /** The provider that made the track. */
  @Override
  public ProviderId owner() {
    return provider;
  }

  /** Returns {@code provider:value}. */
  @Override
  public String toString() {
    return provider + ":" + value;
  }
}
