package io.github.sunoport.adapter.sunoapicom.internal;

import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Clip;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Create;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LegacyClip;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LegacyClipMetadata;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LegacyTask;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LyricsData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LyricsMetadata;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MakeLyrics;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps between sunoapi.com's wire records and the domain model, in both directions.
 *
 * <p>Status words (https://sunoapi.com/docs/v1/get-lyrics, https://docs.sunoapi.com/get-suno-music): lyrics
 * {@code processing}/{@code completed}, plus {@code failed} or {@code message: "failed"}; clips
 * {@code pending}/{@code running}/{@code succeeded}/{@code failed}, with {@code completed} read as succeeded; legacy
 * tasks {@code processing}/{@code completed}. Any other word makes the task {@code UNKNOWN}, the word kept as raw
 * status.
 */
public final class SunoApiComMapper {
  /** The task type of an extension; also the one other task types are told apart from. */
  public static final String EXTEND_MUSIC = "extend_music";

  private static final Map<String, TaskState> CLIP_STATES = Map.of(
      "pending", TaskState.WAITING,
      "running", TaskState.RUNNING,
      "processing", TaskState.RUNNING,
      "succeeded", TaskState.SUCCEEDED,
      "completed", TaskState.SUCCEEDED,
      "failed", TaskState.FAILED,
      "error", TaskState.FAILED);
  private static final Map<String, MusicOperation> OPERATIONS = Map.of(
      "create_music", MusicOperation.GENERATE,
      "persona_music", MusicOperation.GENERATE,
      "cover_music", MusicOperation.COVER,
      EXTEND_MUSIC, MusicOperation.EXTEND,
      "cover_upload_music", MusicOperation.UPLOAD_COVER,
      "extend_upload_music", MusicOperation.UPLOAD_EXTEND);

  private final RequestEchoes echoes;

  /** Returns a mapper reading request echoes with {@code echoes}. */
  public SunoApiComMapper(RequestEchoes echoes) {
    this.echoes = echoes;
  }

  /** Maps a lyrics request; sunoapi.com takes nothing but the prompt. */
  public MakeLyrics toWire(LyricsRequest request) {
    return new MakeLyrics(request.prompt());
  }

  /**
   * Maps a music request: custom mode sends the lyrics as {@code prompt} with {@code title} and {@code tags};
   * description mode sends the description as {@code gpt_description_prompt}. A persona makes the task type
   * {@code persona_music}.
   */
  public Create toWire(MusicRequest r, String mv) {
    boolean persona = r.personaId().isPresent();
    return new Create(persona ? "persona_music" : "create_music", r.customMode(),
        r.customMode() ? r.prompt().orElse(null) : null, r.customMode() ? null : r.prompt().orElse(null),
        r.title().orElse(null), r.style().orElse(null), r.negativeTags().orElse(null), mv, r.instrumental(),
        Values.vocalGender(r.vocalGender()), Values.boxed(r.styleWeight()), Values.boxed(r.weirdnessConstraint()),
        r.personaId().orElse(null), null, null, null, null);
  }

  /** Maps joining the extension chain that ends in clip {@code clipId}: {@code task_type: concat_music}, nothing else. */
  public Create concat(String clipId) {
    return new Create("concat_music", null, null, null, null, null, null, null, null, null, null, null, null, clipId,
        null, null, null);
  }

  /**
   * Maps an extend request of the parent track {@code clipId}: {@code task_type: extend_music} on the create endpoint,
   * the parent as {@code continue_clip_id}. Overrides go out in custom mode;
   * an extension keeping the source's parameters sends only the clip, the point and the model. {@code continueAt}
   * must be whole seconds, which the caller has checked.
   */
  public Create toWire(ExtendRequest r, String clipId, String mv) {
    Long continueAt = r.continueAt().map(java.time.Duration::getSeconds).orElse(null);
    Boolean custom = r.keepSourceParameters() ? null : Boolean.TRUE;
    return new Create(EXTEND_MUSIC, custom, r.prompt().orElse(null), null, r.title().orElse(null),
        r.style().orElse(null), null, mv, null, null, null, null, null, clipId, continueAt, null, null);
  }

  /**
   * Maps a get-lyrics answer to a task with one variant, present once the provider sent a title or text. The
   * envelope's {@code message} counts too: {@code failed} there fails the task whatever {@code status} says.
   */
  public LyricsTask lyricsTaskFrom(TaskId id, LyricsData data, String message) {
    String status = Optional.ofNullable(data.status()).orElse("");
    TaskState state = switch (status.toLowerCase(Locale.ROOT)) {
      case "processing" -> TaskState.RUNNING;
      case "completed" -> TaskState.SUCCEEDED;
      case "failed" -> TaskState.FAILED;
      default -> TaskState.UNKNOWN;
    };
    if (isFailed(message)) {
      state = TaskState.FAILED;
    }
    String title = Optional.ofNullable(data.title()).orElse("");
    String text = Optional.ofNullable(data.text()).orElse("");
    List<LyricsVariant> variants = title.isBlank() && text.isBlank() ? List.of()
        : List.of(new LyricsVariant(title, text, state,
            state == TaskState.FAILED ? failureMessage(message) : Optional.empty()));
    return new LyricsTask(id, state, status, echoes.read(data.input()), variants,
        failureOf(state, failureMessage(message).orElse("")), timesOf(data.metadata()));
  }

  /**
   * Maps a music task in either shape. The state comes from the clips' states (see {@link #aggregate}); every
   * clip is listed as a track in the provider's order with its own state, a failed one with its own failure (the
   * clip's error message, not the envelope's "success"). The raw status is the clip states joined with {@code ,}, or
   * the legacy task's {@code status}. A failed task's failure says what its first failed clip said.
   */
  public MusicTask musicTaskFrom(TaskId id, MusicData data, String message) {
    if (data.legacy() != null) {
      return legacyTaskFrom(id, data.legacy(), message);
    }
    List<String> states = new ArrayList<>();
    List<Track> tracks = new ArrayList<>();
    Optional<ProviderTimestamp> created = Optional.empty();
    Optional<String> firstClipError = Optional.empty();
    for (Clip clip : data.clips() == null ? List.<Clip>of() : data.clips()) {
      if (clip == null) {
        continue;
      }
      String word = Optional.ofNullable(clip.state()).orElse("");
      states.add(word);
      TaskState clipState = CLIP_STATES.getOrDefault(word.toLowerCase(Locale.ROOT), TaskState.UNKNOWN);
      Optional<String> clipError = clipError(clip);
      if (clipState == TaskState.FAILED) {
        firstClipError = firstClipError.or(() -> clipError);
      }
      Optional<ProviderTimestamp> at = Values.timestamp(clip.createdAt());
      created = created.or(() -> at);
      tracks.add(Track.builder(new TrackId(id.provider(), clip.clipId())).title(clip.title()).lyrics(clip.lyrics())
          .tags(Values.tags(clip.tags())).modelName(clip.mv()).audioUrl(clip.audioUrl())
          .imageUrl(clip.imageUrl()).videoUrl(clip.videoUrl()).createdAt(at.orElse(null))
          .duration(Values.seconds(clip.duration()).orElse(null))
          .state(clipState)
          .failure(clipState == TaskState.FAILED ? clipFailure(clipError.orElse("")) : null)
          .build());
    }
    TaskState state = aggregate(states);
    // The clip's own words win: the envelope says "success" for a task whose clips failed.
    String why = firstClipError.or(() -> failureMessage(message)).orElse("");
    return MusicTask.builder(id, state)
        .rawStatus(String.join(",", states))
        .tracks(tracks)
        .failure(failureOf(state, why).orElse(null))
        .times(new TaskTimes(created, Optional.empty(), Optional.empty()))
        .build();
  }

  private MusicTask legacyTaskFrom(TaskId id, LegacyTask legacy, String message) {
    String status = Optional.ofNullable(legacy.status()).orElse("");
    TaskState state = isFailed(message) ? TaskState.FAILED
        : CLIP_STATES.getOrDefault(status.toLowerCase(Locale.ROOT), TaskState.UNKNOWN);
    List<Track> tracks = new ArrayList<>();
    Map<String, LegacyClip> clips = legacy.clips() == null ? Map.of() : legacy.clips();
    clips.forEach((key, clip) -> {
      if (clip != null) {
        LegacyClipMetadata meta = Optional.ofNullable(clip.metadata()).orElse(new LegacyClipMetadata(null, null, null));
        tracks.add(Track.builder(new TrackId(id.provider(), Optional.ofNullable(clip.id()).orElse(key)))
            .title(clip.title()).lyrics(meta.prompt()).tags(Values.tags(meta.tags())).modelName(clip.modelName())
            .audioUrl(clip.audioUrl())
            .imageUrl(clip.imageUrl()).videoUrl(clip.videoUrl()).createdAt(Values.timestamp(clip.createdAt()).orElse(null))
            .duration(Values.seconds(meta.duration()).orElse(null)).build());
      }
    });
    RequestEcho echo = echoes.read(legacy.input());
    return MusicTask.builder(id, state)
        .rawStatus(status)
        .operation(operationOf(echo))
        .parentTrack(echo.string("continue_clip_id").filter(c -> !c.isBlank())
            .map(parent -> new TrackId(id.provider(), parent)).orElse(null))
        .request(echo)
        .tracks(tracks)
        .failure(failureOf(state, failureMessage(message).orElse("")).orElse(null))
        .build();
  }

  /** A failed clip's own reason: {@code error_message}, else {@code metadata.error_message}, else its error type. */
  private static Optional<String> clipError(Clip clip) {
    Object meta = clip.metadata() instanceof Map<?, ?> m ? m.get("error_message") : null;
    Object metaType = clip.metadata() instanceof Map<?, ?> m ? m.get("error_type") : null;
    return Answers.text(clip.errorMessage())
        .or(() -> Values.text(meta).filter(t -> !t.isBlank()))
        .or(() -> Answers.text(clip.errorType()))
        .or(() -> Values.text(metaType).filter(t -> !t.isBlank()));
  }

  private static TaskFailure clipFailure(String message) {
    return TaskFailure.of(FailureKind.GENERATION_FAILED, null, message);
  }

  /**
   * The task state of a music task from its clips' states: all succeeded → {@code SUCCEEDED}; some succeeded and
   * others pending or running → {@code FIRST_TRACK_READY}; none succeeded and any running → {@code RUNNING}; none
   * succeeded or running and any pending → {@code WAITING}; all ended with at least one failed → {@code FAILED} if
   * none succeeded, else {@code SUCCEEDED}; any unknown word → {@code UNKNOWN}. No clips yet counts as
   * {@code WAITING}: the provider knows the task (an unknown one is an error) but has produced nothing.
   */
  public static TaskState aggregate(List<String> clipStates) {
    int succeeded = 0;
    int running = 0;
    int pending = 0;
    for (String word : clipStates) {
      TaskState state = CLIP_STATES.getOrDefault(word.toLowerCase(Locale.ROOT), TaskState.UNKNOWN);
      switch (state) {
        case SUCCEEDED -> succeeded++;
        case RUNNING -> running++;
        case WAITING -> pending++;
        case FAILED -> { }
        default -> {
          return TaskState.UNKNOWN;
        }
      }
    }
    boolean unfinished = running + pending > 0;
    if (succeeded > 0) {
      return unfinished ? TaskState.FIRST_TRACK_READY : TaskState.SUCCEEDED;
    }
    if (running > 0) {
      return TaskState.RUNNING;
    }
    if (pending > 0 || clipStates.isEmpty()) {
      return TaskState.WAITING;
    }
    return TaskState.FAILED;
  }

  /**
   * What the echoed request says the task does: its {@code task_type}, or, when it names none, an extension if it
   * continues a clip and a generation otherwise. No echo (the newer task answer has none) says nothing.
   */
  private static MusicOperation operationOf(RequestEcho echo) {
    if (echo.fields().isEmpty()) {
      return MusicOperation.UNKNOWN;
    }
    Optional<String> type = echo.string("task_type");
    if (type.isPresent()) {
      return OPERATIONS.getOrDefault(type.get().toLowerCase(Locale.ROOT), MusicOperation.UNKNOWN);
    }
    return echo.string("continue_clip_id").filter(s -> !s.isBlank()).isPresent()
        ? MusicOperation.EXTEND : MusicOperation.GENERATE;
  }

  /** The operation a task type stands for; a type this adapter does not know is {@code UNKNOWN}. */
  public static MusicOperation operationOf(String taskType) {
    return OPERATIONS.getOrDefault(taskType.toLowerCase(Locale.ROOT), MusicOperation.UNKNOWN);
  }

  private static boolean isFailed(String message) {
    return message != null && message.strip().equalsIgnoreCase("failed");
  }

  /** The envelope's message as a reason for failure: not when absent, and not "success", which names no failure. */
  private static Optional<String> failureMessage(String message) {
    return message == null || message.isBlank() || message.strip().equalsIgnoreCase("success") ? Optional.empty()
        : Optional.of(message);
  }

  private static Optional<TaskFailure> failureOf(TaskState state, String message) {
    return state == TaskState.FAILED
        ? Optional.of(TaskFailure.of(FailureKind.GENERATION_FAILED, null, message))
        : Optional.empty();
  }

  private static TaskTimes timesOf(LyricsMetadata metadata) {
    if (metadata == null) {
      return TaskTimes.none();
    }
    return new TaskTimes(Values.timestamp(metadata.createdAt()), Values.timestamp(metadata.startedAt()),
        Values.timestamp(metadata.endedAt()));
  }

}
