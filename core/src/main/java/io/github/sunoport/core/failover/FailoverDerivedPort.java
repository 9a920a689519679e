package io.github.sunoport.core.failover;

import io.github.sunoport.core.model.Capability;
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
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.SunoClient;
import java.util.function.Function;

/**
 * The failover client's derived-outputs port. Every request here names a track or task, so every call goes to its
 * owner through the client's one routing rule; none fails over.
 */
final class FailoverDerivedPort implements DerivedOutputsPort {
  /** The failover client's routing rule. */
  interface Router {
    <R> R route(Object request, Capability capability, String name, Function<SunoClient, R> operation);
  }

  private final Router router;

  FailoverDerivedPort(Router router) {
    this.router = router;
  }

  @Override
  public TaskId submitWav(WavRequest request) {
    return router.route(request, Capability.WAV, "derived().submitWav", c -> c.derived().submitWav(request));
  }

  @Override
  public DerivedTask<WavFile> fetchWav(TaskId id) {
    return router.route(id, Capability.WAV, "derived().fetchWav", c -> c.derived().fetchWav(id));
  }

  @Override
  public WavFile convertToWavNow(WavRequest request) {
    return router.route(request, Capability.SYNCHRONOUS_WAV, "derived().convertToWavNow",
        c -> c.derived().convertToWavNow(request));
  }

  @Override
  public TaskId submitStems(StemsRequest request) {
    return router.route(request, Capability.STEMS, "derived().submitStems", c -> c.derived().submitStems(request));
  }

  @Override
  public DerivedTask<Stems> fetchStems(TaskId id) {
    return router.route(id, Capability.STEMS, "derived().fetchStems", c -> c.derived().fetchStems(id));
  }

  @Override
  public TaskId submitMidi(MidiRequest request) {
    return router.route(request, Capability.MIDI, "derived().submitMidi", c -> c.derived().submitMidi(request));
  }

  @Override
  public DerivedTask<MidiTranscription> fetchMidi(TaskId id) {
    return router.route(id, Capability.MIDI, "derived().fetchMidi", c -> c.derived().fetchMidi(id));
  }

  @Override
  public TaskId submitVideo(VideoRequest request) {
    return router.route(request, Capability.VIDEO, "derived().submitVideo", c -> c.derived().submitVideo(request));
  }

  @Override
  public DerivedTask<MusicVideo> fetchVideo(TaskId id) {
    return router.route(id, Capability.VIDEO, "derived().fetchVideo", c -> c.derived().fetchVideo(id));
  }

  @Override
  public TaskId submitCoverImage(CoverImageRequest request) {
    return router.route(request, Capability.COVER_IMAGE, "derived().submitCoverImage",
        c -> c.derived().submitCoverImage(request));
  }

  @Override
  public DerivedTask<CoverImages> fetchCoverImage(TaskId id) {
    return router.route(id, Capability.COVER_IMAGE, "derived().fetchCoverImage",
        c -> c.derived().fetchCoverImage(id));
  }
}
