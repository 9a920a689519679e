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
 * @param sourceAudioUrl the audio at its origin, which providers send beside their own copy for uploaded and covered
 *     audio ({@code source_audio_url}); the origin's link may expire sooner
 * @param sourceStreamUrl the stream at its origin ({@code source_stream_audio_url})
 * @param sourceImageUrl the cover image at its origin ({@code source_image_url})
 * @param videoUrl a video of the track, when the provider makes one (sunoapi.com's {@code video_url})
 * @param state the track's own state, when the provider reports one per track (sunoapi.com's clip states); a task
 *     whose tracks ended differently tells here which one failed
 * @param failure why the track failed; present only when {@code state} is {@link TaskState#FAILED}
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
    Optional<Duration> duration,
    Optional<String> sourceAudioUrl,
    Optional<String> sourceStreamUrl,
    Optional<String> sourceImageUrl,
    Optional<String> videoUrl,
    Optional<TaskState> state,
    Optional<TaskFailure> failure) {

  /** Checks the id and that no component is null; copies {@code tags}; ties {@code failure} to {@code state}. */
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
    Objects.requireNonNull(sourceAudioUrl, "sourceAudioUrl == null");
    Objects.requireNonNull(sourceStreamUrl, "sourceStreamUrl == null");
    Objects.requireNonNull(sourceImageUrl, "sourceImageUrl == null");
    Objects.requireNonNull(videoUrl, "videoUrl == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(failure, "failure == null");
    if (failure.isPresent() && state.filter(s -> s == TaskState.FAILED).isEmpty()) {
      throw new IllegalArgumentException("only a track in state FAILED carries a failure, not one in state " + state);
    }
  }

  /** Returns true unless the provider reported this track as failed. */
  public boolean isUsable() {
    return state.filter(s -> s == TaskState.FAILED).isEmpty();
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
    private String sourceAudioUrl;
    private String sourceStreamUrl;
    private String sourceImageUrl;
    private String videoUrl;
    private TaskState state;
    private TaskFailure failure;

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

    /** Sets the video URL. */
    public Builder videoUrl(String videoUrl) {
      this.videoUrl = videoUrl;
      return this;
    }

    /** Sets the audio URL at its origin ({@code source_audio_url}). */
    public Builder sourceAudioUrl(String sourceAudioUrl) {
      this.sourceAudioUrl = sourceAudioUrl;
      return this;
    }

    /** Sets the stream URL at its origin ({@code source_stream_audio_url}). */
    public Builder sourceStreamUrl(String sourceStreamUrl) {
      this.sourceStreamUrl = sourceStreamUrl;
      return this;
    }

    /** Sets the cover image URL at its origin ({@code source_image_url}). */
    public Builder sourceImageUrl(String sourceImageUrl) {
      this.sourceImageUrl = sourceImageUrl;
      return this;
    }

    /** Sets the track's own state, when the provider reports one. */
    public Builder state(TaskState state) {
      this.state = state;
      return this;
    }

    /** Sets why the track failed; only for state {@code FAILED}. */
    public Builder failure(TaskFailure failure) {
      this.failure = failure;
      return this;
    }

    /**
     * Returns the track; throws {@link NullPointerException} if the id is null, {@link IllegalArgumentException} if a
     * failure is set for a state other than {@code FAILED}.
     */
    public Track build() {
      return new Track(id, title, lyrics, tags, blankToEmpty(modelName), blankToEmpty(audioUrl),
          blankToEmpty(streamUrl), blankToEmpty(imageUrl), Optional.ofNullable(createdAt),
          Optional.ofNullable(duration), blankToEmpty(sourceAudioUrl), blankToEmpty(sourceStreamUrl),
          blankToEmpty(sourceImageUrl), blankToEmpty(videoUrl), Optional.ofNullable(state), Optional.ofNullable(failure));
    }

    private static Optional<String> blankToEmpty(String value) {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
  }
}
