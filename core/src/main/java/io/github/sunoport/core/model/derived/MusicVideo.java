package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TrackId;
import java.util.Objects;
import java.util.Optional;

/**
 * A music video (MP4) made from a track.
 *
 * @param link where the video is, with its expiry (kie.ai keeps it 14 days)
 * @param source the track the video shows, when the provider says
 */
public record MusicVideo(ResultLink link, Optional<TrackId> source) implements DerivedResult {
  /** Checks that nothing is null. */
  public MusicVideo {
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** Returns a video at {@code link} whose source track is not known. */
  public static MusicVideo of(ResultLink link) {
    return new MusicVideo(link, Optional.empty());
  }

  @Override
  public DerivedKind kind() {
    return DerivedKind.VIDEO;
  }
}
