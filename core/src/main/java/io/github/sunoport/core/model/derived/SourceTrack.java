package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.util.Objects;

/**
 * A finished track together with the music task that made it: providers want both to derive anything from it. Both
 * must belong to the same provider, which is where the derived task is sent (it never fails over to another).
 *
 * @param task the music task that made the track
 * @param track the track
 */
public record SourceTrack(TaskId task, TrackId track) implements Owned {
  /**
   * Checks that neither is null and that both belong to the same provider.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if task and track belong to different providers
   */
  public SourceTrack {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(track, "track == null");
    if (!task.provider().equals(track.provider())) {
      throw Checks.invalid("track", track + " and task " + task
          + " belong to different providers; derived work goes to the provider that made the track");
    }
  }

  /** Returns track {@code track} of music task {@code task}. */
  public static SourceTrack of(TaskId task, TrackId track) {
    return new SourceTrack(task, track);
  }

  /** The provider that made the track. */
  @Override
  public ProviderId owner() {
    return track.provider();
  }
}
