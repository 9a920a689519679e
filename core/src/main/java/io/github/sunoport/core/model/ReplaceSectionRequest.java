package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to regenerate a time window of a song with new lyrics. The song is either a generated track
 * ({@link #inTrack}: the task that made it and the track, both at the provider that owns them) or uploaded audio
 * ({@link #inUpload}: its URL and the model to use); the two forms never mix.
 *
 * <p>The window starts at zero or later and lasts at least {@value #MIN_WINDOW_SECONDS} seconds; both ends are exact
 * to the hundredth of a second. Some providers also refuse a window longer than half the track; the track's length
 * is not known here, so that is left to the provider.
 *
 * @param task the task that made the track (track form)
 * @param track the track to edit (track form)
 * @param uploadUrl where the provider fetches the audio to edit (upload form)
 * @param model the model (upload form; the track form uses the track's)
 * @param prompt the lyrics of the replaced window
 * @param style the style of the replaced window
 * @param title the title
 * @param start where the window starts
 * @param end where the window ends
 * @param fullLyrics the whole song's lyrics after the edit, unchanged and changed parts together
 * @param lyrics lyrics apart from the prompt (newer models); sung instead of the prompt when both are set
 * @param tuning styles to avoid, voice, weights, variety and persona
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record ReplaceSectionRequest(
    Optional<TaskId> task,
    Optional<TrackId> track,
    Optional<URI> uploadUrl,
    Optional<SunoModel> model,
    String prompt,
    String style,
    String title,
    Duration start,
    Duration end,
    String fullLyrics,
    Optional<String> lyrics,
    Tuning tuning,
    Optional<URI> callbackUrl) {

  /** The shortest window providers accept. */
  public static final int MIN_WINDOW_SECONDS = 10;

  /** Validates every field and the form, naming the field in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public ReplaceSectionRequest {
    Checks.present(task, "task");
    Checks.present(track, "track");
    Checks.present(uploadUrl, "uploadUrl").ifPresent(u -> Checks.audioUrl(u, "uploadUrl"));
    Checks.present(model, "model");
    boolean trackForm = task.isPresent() || track.isPresent();
    if (trackForm) {
      SongText.require(task, "task", "the track form names the task that made the track");
      SongText.require(track, "track", "the track form names the track to edit");
      if (uploadUrl.isPresent() || model.isPresent()) {
        throw Checks.invalid(uploadUrl.isPresent() ? "uploadUrl" : "model",
            "cannot be set when editing a generated track; the track's own audio and model are used");
      }
      if (!task.get().provider().equals(track.get().provider())) {
        throw Checks.invalid("track", "" + track.get() + " and task " + task.get()
            + " belong to different providers");
      }
    } else {
      SongText.require(uploadUrl, "uploadUrl", "name a generated track (inTrack) or uploaded audio (inUpload)");
      SongText.require(model, "model", "editing uploaded audio needs the model to use");
    }
    Checks.printable(Checks.text(prompt, "prompt", MusicRequest.MAX_TEXT_LENGTH), "prompt");
    Checks.printable(Checks.text(style, "style", MusicRequest.MAX_TEXT_LENGTH), "style");
    Checks.printable(Checks.text(title, "title", MusicRequest.MAX_TEXT_LENGTH), "title");
    Checks.offset(start, "start");
    Checks.offset(end, "end");
    if (end.minus(start).compareTo(Duration.ofSeconds(MIN_WINDOW_SECONDS)) < 0) {
      throw Checks.invalid("end", "must be at least " + MIN_WINDOW_SECONDS + " s after start; the window "
          + start + " to " + end + " is shorter");
    }
    Checks.printable(Checks.text(fullLyrics, "fullLyrics", MusicRequest.MAX_TEXT_LENGTH), "fullLyrics");
    Checks.optionalText(lyrics, "lyrics", MusicRequest.MAX_TEXT_LENGTH);
    Checks.present(tuning, "tuning");
    Checks.present(callbackUrl, "callbackUrl").ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
  }

  /** Starts a request that edits track {@code track}, made by task {@code task}. */
  public static Builder inTrack(TaskId task, TrackId track) {
    return new Builder(Objects.requireNonNull(task, "task == null"), Objects.requireNonNull(track, "track == null"),
        null, null);
  }

  /** Starts a request that edits the audio at {@code uploadUrl} with {@code model}. */
  public static Builder inUpload(URI uploadUrl, SunoModel model) {
    return new Builder(null, null, Objects.requireNonNull(uploadUrl, "uploadUrl == null"),
        Objects.requireNonNull(model, "model == null"));
  }

  /** Returns the owner of the track this request edits; empty for uploaded audio, which anyone can edit. */
  public Optional<ProviderId> owner() {
    return track.map(TrackId::provider);
  }

  /** Builds a {@link ReplaceSectionRequest}; {@link #build()} validates. */
  public static final class Builder {
    private final TaskId task;
    private final TrackId track;
    private final URI uploadUrl;
    private final SunoModel model;
    private String prompt;
    private String style;
    private String title;
    private Duration start;
    private Duration end;
    private String fullLyrics;
    private String lyrics;
    private Tuning tuning = Tuning.none();
    private URI callbackUrl;

    private Builder(TaskId task, TrackId track, URI uploadUrl, SunoModel model) {
      this.task = task;
      this.track = track;
      this.uploadUrl = uploadUrl;
      this.model = model;
    }

    /** Sets the window from {@code start} to {@code end}. */
    public Builder window(Duration start, Duration end) {
      this.start = start;
      this.end = end;
      return this;
    }

    /** Sets the window's new lyrics and the whole song's lyrics after the edit. */
    public Builder replacement(String windowLyrics, String fullLyrics) {
      this.prompt = windowLyrics;
      this.fullLyrics = fullLyrics;
      return this;
    }

    /** Sets the style. */
    public Builder style(String style) {
      this.style = style;
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets lyrics apart from the prompt (newer models). */
    public Builder lyrics(String lyrics) {
      this.lyrics = lyrics;
      return this;
    }

    /** Sets styles to avoid, voice, weights, variety and persona. */
    public Builder tuning(Tuning tuning) {
      this.tuning = Objects.requireNonNull(tuning, "tuning == null");
      return this;
    }

    /** Sets where results are pushed. */
    public Builder callbackUrl(URI callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /** Returns the request; throws {@link io.github.sunoport.core.error.InvalidRequestException} naming the field that is wrong or missing. */
    public ReplaceSectionRequest build() {
      return new ReplaceSectionRequest(Optional.ofNullable(task), Optional.ofNullable(track),
          Optional.ofNullable(uploadUrl), Optional.ofNullable(model), Checks.present(prompt, "prompt"),
          Checks.present(style, "style"), Checks.present(title, "title"), Checks.present(start, "start"),
          Checks.present(end, "end"), Checks.present(fullLyrics, "fullLyrics"), Optional.ofNullable(lyrics), tuning,
          Optional.ofNullable(callbackUrl));
    }
  }
}
