package io.github.sunoport.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A music task (generate or extend) as last seen.
 *
 * @param id the task's id and owner
 * @param state the normalized state
 * @param rawStatus the provider's status word as sent
 * @param operation what the task does
 * @param rawOperation the provider's word for the operation as sent, empty when it sent none
 * @param parentTrack for an extension, the track it extends
 * @param request the request as echoed by the provider
 * @param tracks the tracks produced so far, in the provider's order
 * @param failure why the task failed; present exactly when {@code state} is {@link TaskState#FAILED}
 * @param times when the provider says it was created, started and ended
 */
public record MusicTask(
    TaskId id,
    TaskState state,
    String rawStatus,
    MusicOperation operation,
    String rawOperation,
    Optional<TrackId> parentTrack,
    RequestEcho request,
    List<Track> tracks,
    Optional<TaskFailure> failure,
    TaskTimes times) implements Task {

  /** Checks that no component is null, copies {@code tracks}, and ties {@code failure} to {@code state}. */
  public MusicTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(rawOperation, "rawOperation == null");
    Objects.requireNonNull(parentTrack, "parentTrack == null");
    Objects.requireNonNull(request, "request == null");
    tracks = Checks.list(tracks, "tracks");
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(times, "times == null");
    Checks.failureMatchesState(state, failure);
  }

  /** Returns a builder for a task with the given id and state; everything else starts empty. */
  public static Builder builder(TaskId id, TaskState state) {
    return new Builder(id, state);
  }

  /** Builds a {@link MusicTask}; setters taking null leave the value empty. */
  public static final class Builder {
    private final TaskId id;
    private final TaskState state;
    private String rawStatus = "";
    private MusicOperation operation = MusicOperation.UNKNOWN;
    private String rawOperation = "";
    private TrackId parentTrack;
    private RequestEcho request = RequestEcho.empty();
    private List<Track> tracks = List.of();
    private TaskFailure failure;
    private TaskTimes times = TaskTimes.none();

    private Builder(TaskId id, TaskState state) {
      this.id = id;
      this.state = state;
    }

    /** Sets the provider's status word. */
    public Builder rawStatus(String rawStatus) {
      this.rawStatus = rawStatus == null ? "" : rawStatus;
      return this;
    }

    /** Sets the operation. */
    public Builder operation(MusicOperation operation) {
      this.operation = operation == null ? MusicOperation.UNKNOWN : operation;
      return this;
    }

    /** Sets the provider's word for the operation as sent. */
    public Builder rawOperation(String rawOperation) {
      this.rawOperation = rawOperation == null ? "" : rawOperation;
      return this;
    }

    /** Sets the track an extension extends. */
    public Builder parentTrack(TrackId parentTrack) {
      this.parentTrack = parentTrack;
      return this;
    }

    /** Sets the request echo. */
    public Builder request(RequestEcho request) {
      this.request = request == null ? RequestEcho.empty() : request;
      return this;
    }

    /** Sets the tracks. */
    public Builder tracks(List<Track> tracks) {
      this.tracks = tracks == null ? List.of() : tracks;
      return this;
    }

    /** Sets the failure. */
    public Builder failure(TaskFailure failure) {
      this.failure = failure;
      return this;
    }

    /** Sets the times. */
    public Builder times(TaskTimes times) {
      this.times = times == null ? TaskTimes.none() : times;
      return this;
    }

    /** Returns the task; throws {@link IllegalArgumentException} if state and failure disagree. */
    public MusicTask build() {
      return new MusicTask(id, state, rawStatus, operation, rawOperation, Optional.ofNullable(parentTrack), request, tracks,
          Optional.ofNullable(failure), times);
    }
  }
}
