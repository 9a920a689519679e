package io.github.sunoport.core.port;

import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;

/**
 * Derives files from a finished track: WAV, stems, MIDI, a music video, cover art. Reached through
 * {@link SunoClient#derived()}; each operation is offered where its {@link io.github.sunoport.core.model.Capability}
 * is, and refused with {@link io.github.sunoport.core.error.UnsupportedCapabilityException} before anything is sent
 * elsewhere.
 *
 * <p>Every request names the track or task it derives from, and is sent to the provider that owns it (never to
 * another one). Submits return a task id that is fetched, or awaited, like any task:
 * <pre>{@code
 * TaskId id = client.derived().submitWav(WavRequest.of(SourceTrack.of(musicTask, track)));
 * DerivedTask<WavFile> wav = TaskAwaiter.create().await(client.derived()::fetchWav, id, options);
 * }</pre>
 * Submits are never retried automatically, and providers charge each one, even for the same track: keep the task id
 * and fetch it rather than submitting again. A fetched task that failed is returned in state {@code FAILED}, not
 * thrown. Implementations are thread-safe; every method throws a {@link io.github.sunoport.core.error.SunoException}
 * subclass on failure.
 */
public interface DerivedOutputsPort {
  /**
   * Submits a WAV conversion ({@code WAV}).
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the provider refuses it; a track already
   *     converted is refused as a duplicate, since the provider keeps one WAV per track
   */
  TaskId submitWav(WavRequest request);

  /** Fetches a WAV conversion as it is now ({@code WAV}). */
  DerivedTask<WavFile> fetchWav(TaskId id);

  /** Converts a track to WAV and returns the file at once, where the provider answers synchronously
   * ({@code SYNCHRONOUS_WAV}). */
  WavFile convertToWavNow(WavRequest request);

  /** Submits a stem separation ({@code STEMS}). Each separation is charged, even of the same track. */
  TaskId submitStems(StemsRequest request);

  /** Fetches a stem separation as it is now ({@code STEMS}). */
  DerivedTask<Stems> fetchStems(TaskId id);

  /** Submits a MIDI transcription of a finished stem separation ({@code MIDI}). */
  TaskId submitMidi(MidiRequest request);

  /** Fetches a MIDI transcription as it is now ({@code MIDI}). */
  DerivedTask<MidiTranscription> fetchMidi(TaskId id);

  /** Submits a music video ({@code VIDEO}). */
  TaskId submitVideo(VideoRequest request);

  /** Fetches a music video as it is now ({@code VIDEO}). */
  DerivedTask<MusicVideo> fetchVideo(TaskId id);

  /**
   * Submits cover art for a music task ({@code COVER_IMAGE}). Providers make one cover per music task; when one
   * exists and the provider answers with its task id, that id is returned instead of an error.
   */
  TaskId submitCoverImage(CoverImageRequest request);

  /** Fetches cover art as it is now ({@code COVER_IMAGE}). */
  DerivedTask<CoverImages> fetchCoverImage(TaskId id);
}
