package io.github.sunoport.adapter.support;

import io.github.sunoport.adapter.support.DerivedOperations.TaskOps;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.StylingPort;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The derived-outputs and styling ports of one client: each method checks that the client is open, refuses an
 * operation that was not declared (naming it, before anything is sent) and hands the call to the client's method.
 */
final class BoundDerivedPorts<C extends TransportClient> {
  private final C client;
  private final DerivedOperations<C> ops;

  BoundDerivedPorts(C client, DerivedOperations<C> ops) {
    this.client = client;
    this.ops = Objects.requireNonNull(ops, "ops == null");
  }

  private <Q, R> R call(BiFunction<C, Q, R> operation, Capability capability, String name, Q argument) {
    if (operation == null) {
      throw UnsupportedCapabilityException.of(client.provider(), capability, name);
    }
    client.ensureOpen(name);
    return operation.apply(client, Objects.requireNonNull(argument, () -> name + " needs an argument, not null"));
  }

  private <Q, R extends DerivedResult> TaskId submit(TaskOps<C, Q, R> ops, Capability capability, String name, Q request) {
    return call(ops == null ? null : ops.submit(), capability, name, request);
  }

  private <Q, R extends DerivedResult> DerivedTask<R> fetch(TaskOps<C, Q, R> ops, Capability capability, String name, TaskId id) {
    return call(ops == null ? null : ops.fetch(), capability, name, id);
  }

  DerivedOutputsPort derived() {
    return new DerivedOutputsPort() {
      @Override
      public TaskId submitWav(WavRequest request) {
        return submit(ops.wav, Capability.WAV, "derived().submitWav", request);
      }

      @Override
      public DerivedTask<WavFile> fetchWav(TaskId id) {
        return fetch(ops.wav, Capability.WAV, "derived().fetchWav", id);
      }

      @Override
      public WavFile convertToWavNow(WavRequest request) {
        return call(ops.synchronousWav, Capability.SYNCHRONOUS_WAV, "derived().convertToWavNow", request);
      }

      @Override
      public TaskId submitStems(StemsRequest request) {
        return submit(ops.stems, Capability.STEMS, "derived().submitStems", request);
      }

      @Override
      public DerivedTask<Stems> fetchStems(TaskId id) {
        return fetch(ops.stems, Capability.STEMS, "derived().fetchStems", id);
      }

      @Override
      public TaskId submitMidi(MidiRequest request) {
        return submit(ops.midi, Capability.MIDI, "derived().submitMidi", request);
      }

      @Override
      public DerivedTask<MidiTranscription> fetchMidi(TaskId id) {
        return fetch(ops.midi, Capability.MIDI, "derived().fetchMidi", id);
      }

      @Override
      public TaskId submitVideo(VideoRequest request) {
        return submit(ops.video, Capability.VIDEO, "derived().submitVideo", request);
      }

      @Override
      public DerivedTask<MusicVideo> fetchVideo(TaskId id) {
        return fetch(ops.video, Capability.VIDEO, "derived().fetchVideo", id);
      }

      @Override
      public TaskId submitCoverImage(CoverImageRequest request) {
        return submit(ops.coverImage, Capability.COVER_IMAGE, "derived().submitCoverImage", request);
      }

      @Override
      public DerivedTask<CoverImages> fetchCoverImage(TaskId id) {
        return fetch(ops.coverImage, Capability.COVER_IMAGE, "derived().fetchCoverImage", id);
      }
    };
  }

  StylingPort styling() {
    return new StylingPort() {
      @Override
      public Persona createPersona(PersonaRequest request) {
        return call(ops.persona, Capability.PERSONA, "styling().createPersona", request);
      }

      @Override
      public BoostedStyle boostStyle(String content) {
        return call(ops.styleBoost, Capability.STYLE_BOOST, "styling().boostStyle", content);
      }
    };
  }
}
