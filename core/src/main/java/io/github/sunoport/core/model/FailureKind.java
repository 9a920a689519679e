package io.github.sunoport.core.model;

/** Why a task failed, as far as the provider tells. */
public enum FailureKind {
  /** The provider could not create the task (kie.ai / sunoapi.org {@code CREATE_TASK_FAILED}). */
  TASK_CREATION_FAILED,
  /** Generation ran and failed ({@code GENERATE_AUDIO_FAILED}, {@code GENERATE_LYRICS_FAILED}, a failed clip). */
  GENERATION_FAILED,
  /** Moderation, sensitive words or copyrighted material ({@code SENSITIVE_WORD_ERROR}, error code 400). */
  CONTENT_REJECTED,
  /** The provider could not deliver its callback ({@code CALLBACK_EXCEPTION}); results may still be present. */
  CALLBACK_FAILED,
  /** The provider reported a failure without saying which kind. */
  UNKNOWN
}
