package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TrackId;
import java.util.Objects;
import java.util.Optional;

/**
 * A track converted to WAV. WAV files are 5 to 10 times the size of the MP3.
 *
 * @param link where the WAV file is, with its expiry (kie.ai keeps it 14 days, sunoapi.org 15)
 * @param source the track converted, when the provider says
 */
public record WavFile(ResultLink link, Optional<TrackId> source) implements DerivedResult {
  /** Checks that nothing is null. */
  public WavFile {
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** Returns a WAV file at {@code link} whose source track is not known. */
  public static WavFile of(ResultLink link) {
    return new WavFile(link, Optional.empty());
  }

  @Override
  public DerivedKind kind() {
    return DerivedKind.WAV;
  }
}
