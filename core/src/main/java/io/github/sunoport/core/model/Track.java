package io.github.sunoport.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated track. URLs are kept as the provider sent them: they point at the provider's storage, which deletes
 * files after about two weeks.
 *
 * @param id the track's id and the provider that made it
 * @param title the title, possibly empty
 * @param lyrics the lyrics or prompt the track was sung from, possibly empty
 * @param tags the style tags in order
 * @param modelName the provider's model name for the track ({@code chirp-v3-5}), when sent
 * @param audioUrl where the finished audio can be downloaded, once it exists
 * @param streamUrl where the audio can be streamed while it is generated
 * @param imageUrl the cover image
 * @param createdAt when the provider created the track
 * @param duration the audio's length, once known
 */
public record Track(
    TrackId id,
    String title,
    String lyrics,
    List<String> tags,
    Optional<String> modelName,
    Optional<String> audioUrl,
    Optional<String> streamUrl,
    Optional<String> imageUrl,
    Optional<ProviderTimestamp> createdAt,
    Optional<Duration> duration) {

  /** Checks the id and that no component is null; copies {@code tags}. */
  public Track {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(lyrics, "lyrics == null");
    tags = Checks.list(tags, "tags");
    Objects.requireNonNull(modelName, "modelName == null");
    Objects.requireNonNull(audioUrl, "audioUrl == null");
    Objects.requireNonNull(streamUrl, "streamUrl == null");
    Objects.requireNonNull(imageUrl, "imageUrl == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isPresent() && duration.get().isNegative()) {
      throw new IllegalArgumentException("duration is negative: " + duration.get());
    }
  }

  /** Returns a builder for a track with the given id; everything else starts empty. */
  public static Builder builder(TrackId id) {
    return new Builder(id);
  }

  /** The lyrics split into their sections, in order. */
  public List<LyricsSection> sections() {
    return LyricsSection.parse(lyrics);
  }

  /** Builds a {@link Track}; setters taking null leave the value empty. */
  public static final class Builder {
    private final TrackId id;
    private String title = "";
    private String lyrics = "";
    private List<String> tags = List.of();
    private String modelName;
    private String audioUrl;
    private String streamUrl;
    private String imageUrl;
    private ProviderTimestamp createdAt;
    private Duration duration;

    private Builder(TrackId id) {
      this.id = id;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title == null ? "" : title;
      return this;
    }

    /** Sets the lyrics or prompt. */
    public Builder lyrics(String lyrics) {
      this.lyrics = lyrics == null ? "" : lyrics;
      return this;
    }

    /** Sets the tags. */
    public Builder tags(List<String> tags) {
      this.tags = tags == null ? List.of() : tags;
      return this;
    }

    /** Sets the provider's model name. */
    public Builder modelName(String modelName) {
      this.modelName = modelName;
      return this;
    }

    /** Sets the download URL. */
    public Builder audioUrl(String audioUrl) {
      this.audioUrl = audioUrl;
      return this;
    }

    /** Sets the streaming URL. */
    public Builder streamUrl(String streamUrl) {
      this.streamUrl = streamUrl;
      return this;
    }

    /** Sets the cover image URL. */
    public Builder imageUrl(String imageUrl) {
      this.imageUrl = imageUrl;
      return this;
    }

    /** Sets the creation time. */
    public Builder createdAt(ProviderTimestamp createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets the duration. */
    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    /** Returns the track; throws {@link NullPointerException} if the id is null. */
    public Track build() {
      return new Track(id, title, lyrics, tags, blankToEmpty(modelName), blankToEmpty(audioUrl),
          blankToEmpty(streamUrl), blankToEmpty(imageUrl), Optional.ofNullable(createdAt),
          Optional.ofNullable(duration));
    }

    private static Optional<String> blankToEmpty(String value) {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
  }
}
