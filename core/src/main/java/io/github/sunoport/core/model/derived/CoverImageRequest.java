package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for cover art for a finished music task. Providers make one cover per music task: asking again answers
 * with the first cover task's id, which the port returns instead of failing.
 *
 * @param musicTask the finished music task
 * @param callbackUrl where the provider should push the result; falls back to the client's default
 */
public record CoverImageRequest(TaskId musicTask, Optional<URI> callbackUrl) implements Owned {
  /** Checks that nothing is null and that a callback URL is an absolute web URL. */
  public CoverImageRequest {
    Objects.requireNonNull(musicTask, "musicTask == null");
    Checks.webUrl(callbackUrl, "callbackUrl");
  }

  /** Returns a request for cover art of {@code musicTask}, with the client's default callback URL. */
  public static CoverImageRequest of(TaskId musicTask) {
    return new CoverImageRequest(musicTask, Optional.empty());
  }

  /** Returns a copy that sends the result to {@code callbackUrl}. */
  public CoverImageRequest withCallbackUrl(URI callbackUrl) {
    return new CoverImageRequest(musicTask, Optional.of(callbackUrl));
  }

  /** The provider that ran the music task. */
  @Override
  public ProviderId owner() {
    return musicTask.provider();
  }
}
