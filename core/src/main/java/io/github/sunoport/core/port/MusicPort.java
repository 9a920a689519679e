package io.github.sunoport.core.port;

import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;

/**
 * Generates and extends music. Implementations are thread-safe. Every method throws a
 * {@link io.github.sunoport.core.error.SunoException} subclass on failure, never another exception type.
 */
public interface MusicPort {
  /**
   * Submits a music task and returns its id. Never retried automatically.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the provider would refuse the request (a model
   *     it does not offer, a text over its limit for the model); raised before anything is sent
   */
  TaskId submit(MusicRequest request);

  /**
   * Submits a task that extends a generated track and returns its id. Never retried automatically.
   *
   * @throws io.github.sunoport.core.error.UnsupportedCapabilityException if the provider cannot extend
   * @throws io.github.sunoport.core.error.InvalidRequestException if the track belongs to another provider
   */
  TaskId extend(ExtendRequest request);

  /** Fetches the task as it is now. A failed task is returned in state {@code FAILED}, not thrown. */
  MusicTask fetch(TaskId id);

  /**
   * Returns the lyrics of track {@code track} of task {@code task}, word by word with timings.
   *
   * @throws io.github.sunoport.core.error.UnsupportedCapabilityException if the provider does not offer them
   * @throws io.github.sunoport.core.error.InvalidRequestException if the task or the track belongs to another
   *     provider
   */
  TimestampedLyrics timestampedLyrics(TaskId task, TrackId track);
}
