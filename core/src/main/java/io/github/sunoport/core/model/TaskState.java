package io.github.sunoport.core.model;

/**
 * A task's state, normalized across providers. States up to {@link #SUCCEEDED} are ordered by progress: a task in
 * a later state has passed the earlier ones (though a provider may skip some).
 *
 * <p>Every status word the providers document has exactly one home here (adapters hold the word tables):
 * <table>
 *   <caption>Provider status words and their state</caption>
 *   <tr><th>state</th><th>kie.ai / sunoapi.org task {@code status}</th><th>sunoapi.com</th></tr>
 *   <tr><td>{@link #WAITING}</td><td>{@code PENDING}</td><td>clip {@code state} {@code pending}</td></tr>
 *   <tr><td>{@link #RUNNING}</td><td>-</td><td>task {@code status} {@code processing}; clip {@code running}</td></tr>
 *   <tr><td>{@link #TEXT_READY}</td><td>{@code TEXT_SUCCESS}</td><td>-</td></tr>
 *   <tr><td>{@link #FIRST_TRACK_READY}</td><td>{@code FIRST_SUCCESS}</td><td>some clips {@code succeeded}, others
 *       still running</td></tr>
 *   <tr><td>{@link #SUCCEEDED}</td><td>{@code SUCCESS}; lyric variant {@code complete}</td><td>{@code completed};
 *       clip {@code succeeded}</td></tr>
 *   <tr><td>{@link #FAILED}</td><td>{@code CREATE_TASK_FAILED} (task creation), {@code GENERATE_AUDIO_FAILED},
 *       {@code GENERATE_LYRICS_FAILED} (generation), {@code CALLBACK_EXCEPTION} (callback delivery),
 *       {@code SENSITIVE_WORD_ERROR} (content rejected); lyric variant {@code failed}</td><td>clip
 *       {@code failed}; {@code failed}</td></tr>
 *   <tr><td>{@link #UNKNOWN}</td><td colspan="2">any word not listed above; the raw word is kept on the task</td></tr>
 * </table>
 * The kind of each failure is told by {@link FailureKind}.
 */
public enum TaskState {
  /** Accepted by the provider and queued; nothing produced yet. */
  WAITING(0),
  /** Being worked on; nothing usable yet. */
  RUNNING(1),
  /** Lyrics are written but no audio exists yet. */
  TEXT_READY(2),
  /** The first track can be streamed; the others are still being generated. */
  FIRST_TRACK_READY(3),
  /** Everything the task produces is ready. Terminal. */
  SUCCEEDED(4),
  /** The task failed; its {@link TaskFailure} says why. Terminal. */
  FAILED(-1),
  /** A status word this library does not know. Not terminal, so an await keeps polling until its deadline. */
  UNKNOWN(-1);

  private final int progress;

  TaskState(int progress) {
    this.progress = progress;
  }

  /** Returns true for {@link #SUCCEEDED} and {@link #FAILED}: the task will not change any more. */
  public boolean isTerminal() {
    return this == SUCCEEDED || this == FAILED;
  }

  /**
   * Returns true if a task in this state has made at least the progress {@code target} stands for; for example a
   * task that {@link #SUCCEEDED} has reached {@link #FIRST_TRACK_READY}. {@link #FAILED} and {@link #UNKNOWN} reach
   * nothing but themselves.
   */
  public boolean hasReached(TaskState target) {
    if (progress < 0 || target.progress < 0) {
      return this == target;
    }
    return progress >= target.progress;
  }
}
