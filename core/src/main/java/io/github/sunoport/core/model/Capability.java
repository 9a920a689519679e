package io.github.sunoport.core.model;

/** What a provider can do; a client declares its capabilities and refuses the others with a clear error. */
public enum Capability {
  /** Submitting and fetching lyrics tasks. */
  LYRICS,
  /** Submitting and fetching music tasks. */
  MUSIC,
  /** Extending a generated track. */
  EXTEND,
  /** Word-level timing for a track's lyrics. */
  TIMESTAMPED_LYRICS,
  /** Reading the account's remaining credits. */
  CREDITS,
  /** Pushing results to a callback URL. */
  CALLBACKS,
  /** Covering uploaded audio. */
  UPLOAD_COVER,
  /** Extending uploaded audio. */
  UPLOAD_EXTEND,
  /** Singing vocals over an uploaded instrumental. */
  ADD_VOCALS,
  /** Building an accompaniment under uploaded vocals. */
  ADD_INSTRUMENTAL,
  /** Regenerating a time window of a song. */
  REPLACE_SECTION,
  /** Blending two uploaded tracks. */
  MASHUP,
  /** Generating sound effects and loops. */
  SOUNDS,
  /** Covering an existing track. */
  COVER,
  /** Joining an extension chain into one song. */
  CONCAT,
  /** Putting files on the provider's upload host. */
  FILE_UPLOAD,
  /** Turning a file URL the provider made into a temporary direct-download link. */
  DOWNLOAD_LINK,
  /** Converting a track to WAV as a task. */
  WAV,
  /** Converting a track to WAV in one call, answered at once. */
  SYNCHRONOUS_WAV,
  /** Splitting a track into stems. */
  STEMS,
  /** Transcribing separated stems to MIDI. */
  MIDI,
  /** Rendering a music video of a track. */
  VIDEO,
  /** Making cover art for a music task. */
  COVER_IMAGE,
  /** Making a persona from a track's voice. */
  PERSONA,
  /** Boosting a short style description into a richer one. */
  STYLE_BOOST
}
