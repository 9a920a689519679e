package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to transcribe separated stems to MIDI. It names a finished stem separation task, not a music task.
 *
 * @param separation the finished stem separation task
 * @param stem one stem of it ({@link StemPart#id()}); empty transcribes all of them
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record MidiRequest(TaskId separation, Optional<TrackId> stem, Optional<URI> callbackUrl)
    implements Owned {
  /**
   * Checks that nothing is null, that the stem belongs to the separation's provider and that a callback URL is an
   * absolute web URL.
   */
  public MidiRequest {
    Objects.requireNonNull(separation, "separation == null");
    Objects.requireNonNull(stem, "stem == null");
    stem.ifPresent(s -> {
      if (!s.provider().equals(separation.provider())) {
        throw Checks.invalid("stem", s + " and separation " + separation + " belong to different providers");
      }
    });
    Checks.webUrl(callbackUrl, "callbackUrl");
  }

  /** Returns a request to transcribe every stem of {@code separation}. */
  public static MidiRequest allStemsOf(TaskId separation) {
    return new MidiRequest(separation, Optional.empty(), Optional.empty());
  }

  /** Returns a request to transcribe one stem of {@code separation}. */
  public static MidiRequest stemOf(TaskId separation, TrackId stem) {
    return new MidiRequest(separation, Optional.of(stem), Optional.empty());
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public MidiRequest withCallbackUrl(URI callbackUrl) {
    return new MidiRequest(separation, stem, Optional.of(callbackUrl));
  }

  /** The provider that ran the separation. */
  @Override
  public ProviderId owner() {
    return separation.provider();
  }
}
