package io.github.sunoport.core.port;

import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;

/**
 * Makes music from audio the app supplies (covers, extensions, vocals and accompaniments of uploaded audio, mashups),
 * edits sections of songs, and generates sounds. Every operation returns the id of a music task: fetch and await it
 * through {@link MusicPort#fetch}, and receive its callbacks like a generation's. Submits are never retried
 * automatically: a second submit would spend credits twice.
 *
 * <p>Each operation the provider lacks throws {@link UnsupportedCapabilityException} naming provider and operation,
 * before anything is sent. Every method throws a {@link io.github.sunoport.core.error.SunoException} subclass on
 * failure, never another exception type; {@link io.github.sunoport.core.error.InvalidRequestException} names the field
 * when the provider would refuse the request (a model it does not offer, a field it lacks, a text over its limit).
 * Implementations are thread-safe.
 */
public interface AudioPort {
  /** The provider this port talks to. */
  ProviderId provider();

  /** Covers uploaded audio: the melody stays, the style changes. */
  default TaskId uploadCover(UploadCoverRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.UPLOAD_COVER, "audio().uploadCover");
  }

  /** Extends uploaded audio. */
  default TaskId uploadExtend(UploadExtendRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.UPLOAD_EXTEND, "audio().uploadExtend");
  }

  /** Sings vocals over an uploaded instrumental. */
  default TaskId addVocals(AddVocalsRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.ADD_VOCALS, "audio().addVocals");
  }

  /** Builds an accompaniment under uploaded vocals. */
  default TaskId addInstrumental(AddInstrumentalRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.ADD_INSTRUMENTAL, "audio().addInstrumental");
  }

  /**
   * Regenerates a time window of a generated track or of uploaded audio.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the track belongs to another provider
   */
  default TaskId replaceSection(ReplaceSectionRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.REPLACE_SECTION, "audio().replaceSection");
  }

  /** Blends two uploaded tracks into a new song. */
  default TaskId mashup(MashupRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.MASHUP, "audio().mashup");
  }

  /** Generates a sound effect or loop. */
  default TaskId sounds(SoundsRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.SOUNDS, "audio().sounds");
  }

  /**
   * Covers a track the provider made: the melody stays, the style changes.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the track belongs to another provider
   */
  default TaskId cover(CoverRequest request) {
    throw UnsupportedCapabilityException.of(provider(), Capability.COVER, "audio().cover");
  }

  /**
   * Joins an extension chain into one full song, given the chain's last track (the one an extension returned).
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the track belongs to another provider
   */
  default TaskId concat(TrackId lastTrack) {
    throw UnsupportedCapabilityException.of(provider(), Capability.CONCAT, "audio().concat");
  }
}
