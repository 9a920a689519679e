package io.github.sunoport.adapter.support;

import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.AudioPort;
import io.github.sunoport.core.port.FilesPort;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
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
import java.net.URI;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The ports of one client, each method checking that the client is open, refusing an operation that was not declared,
 * and handing the call to the client's method. No allocation per call.
 */
final class BoundPorts<C extends TransportClient> {
  private final C client;
  private final Operations<C> operations;

  BoundPorts(C client, Operations<C> operations) {
    this.client = client;
    this.operations = Objects.requireNonNull(operations, "operations == null");
  }

  LyricsPort lyrics() {
    return new LyricsPort() {
      @Override
      public TaskId submit(LyricsRequest request) {
        client.ensureOpen("lyrics().submit");
        return operations.submitLyrics.apply(client, Objects.requireNonNull(request, "request == null"));
      }

      @Override
      public LyricsTask fetch(TaskId id) {
        client.ensureOpen("lyrics().fetch");
        return operations.fetchLyrics.apply(client, Objects.requireNonNull(id, "id == null"));
      }
    };
  }

  MusicPort music() {
    return new MusicPort() {
      @Override
      public TaskId submit(MusicRequest request) {
        client.ensureOpen("music().submit");
        return operations.submitMusic.apply(client, Objects.requireNonNull(request, "request == null"));
      }

      @Override
      public TaskId extend(ExtendRequest request) {
        if (operations.extend == null) {
          throw UnsupportedCapabilityException.of(client.provider(), Capability.EXTEND, "music().extend");
        }
        client.ensureOpen("music().extend");
        return operations.extend.apply(client, Objects.requireNonNull(request, "request == null"));
      }

      @Override
      public MusicTask fetch(TaskId id) {
        client.ensureOpen("music().fetch");
        return operations.fetchMusic.apply(client, Objects.requireNonNull(id, "id == null"));
      }

      @Override
      public TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
        if (operations.timestampedLyrics == null) {
          throw UnsupportedCapabilityException.of(client.provider(), Capability.TIMESTAMPED_LYRICS,
              "music().timestampedLyrics");
        }
        client.ensureOpen("music().timestampedLyrics");
        return operations.timestampedLyrics.read(client, Objects.requireNonNull(task, "task == null"),
            Objects.requireNonNull(track, "track == null"));
      }
    };
  }

  /** The music-from-audio port; an operation not declared is refused naming it. */
  AudioPort audio() {
    return new AudioPort() {
      @Override
      public ProviderId provider() {
        return client.provider();
      }

      @Override
      public TaskId uploadCover(UploadCoverRequest request) {
        return family(Capability.UPLOAD_COVER, "audio().uploadCover", request);
      }

      @Override
      public TaskId uploadExtend(UploadExtendRequest request) {
        return family(Capability.UPLOAD_EXTEND, "audio().uploadExtend", request);
      }

      @Override
      public TaskId addVocals(AddVocalsRequest request) {
        return family(Capability.ADD_VOCALS, "audio().addVocals", request);
      }

      @Override
      public TaskId addInstrumental(AddInstrumentalRequest request) {
        return family(Capability.ADD_INSTRUMENTAL, "audio().addInstrumental", request);
      }

      @Override
      public TaskId replaceSection(ReplaceSectionRequest request) {
        return family(Capability.REPLACE_SECTION, "audio().replaceSection", request);
      }

      @Override
      public TaskId mashup(MashupRequest request) {
        return family(Capability.MASHUP, "audio().mashup", request);
      }

      @Override
      public TaskId sounds(SoundsRequest request) {
        return family(Capability.SOUNDS, "audio().sounds", request);
      }

      @Override
      public TaskId cover(CoverRequest request) {
        return family(Capability.COVER, "audio().cover", request);
      }

      @Override
      public TaskId concat(TrackId lastTrack) {
        return family(Capability.CONCAT, "audio().concat", lastTrack);
      }
    };
  }

  /** The files port; an operation not declared is refused naming it. */
  FilesPort files() {
    return new FilesPort() {
      @Override
      public ProviderId provider() {
        return client.provider();
      }

      @Override
      public UploadedFile upload(FileUpload upload) {
        return family(Capability.FILE_UPLOAD, "files().upload", upload);
      }

      @Override
      public ResultLink downloadLink(URI fileUrl) {
        return family(Capability.DOWNLOAD_LINK, "files().downloadLink", fileUrl);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private <R> R family(Capability capability, String operation, Object request) {
    BiFunction<C, Object, Object> declared = operations.families.get(capability);
    if (declared == null) {
      throw UnsupportedCapabilityException.of(client.provider(), capability, operation);
    }
    client.ensureOpen(operation);
    return (R) declared.apply(client, Objects.requireNonNull(request, "request == null"));
  }

  /** The derived-outputs port; an operation not declared is refused naming it. */
  DerivedOutputsPort derived() {
    return new DerivedOutputsPort() {
      @Override
      public TaskId submitWav(WavRequest request) {
        return family(Capability.WAV, "derived().submitWav", request);
      }

      @Override
      public DerivedTask<WavFile> fetchWav(TaskId id) {
        return fetch(Capability.WAV, "derived().fetchWav", id);
      }

      @Override
      public WavFile convertToWavNow(WavRequest request) {
        return family(Capability.SYNCHRONOUS_WAV, "derived().convertToWavNow", request);
      }

      @Override
      public TaskId submitStems(StemsRequest request) {
        return family(Capability.STEMS, "derived().submitStems", request);
      }

      @Override
      public DerivedTask<Stems> fetchStems(TaskId id) {
        return fetch(Capability.STEMS, "derived().fetchStems", id);
      }

      @Override
      public TaskId submitMidi(MidiRequest request) {
        return family(Capability.MIDI, "derived().submitMidi", request);
      }

      @Override
      public DerivedTask<MidiTranscription> fetchMidi(TaskId id) {
        return fetch(Capability.MIDI, "derived().fetchMidi", id);
      }

      @Override
      public TaskId submitVideo(VideoRequest request) {
        return family(Capability.VIDEO, "derived().submitVideo", request);
      }

      @Override
      public DerivedTask<MusicVideo> fetchVideo(TaskId id) {
        return fetch(Capability.VIDEO, "derived().fetchVideo", id);
      }

      @Override
      public TaskId submitCoverImage(CoverImageRequest request) {
        return family(Capability.COVER_IMAGE, "derived().submitCoverImage", request);
      }

      @Override
      public DerivedTask<CoverImages> fetchCoverImage(TaskId id) {
        return fetch(Capability.COVER_IMAGE, "derived().fetchCoverImage", id);
      }
    };
  }

  /** The styling port; an operation not declared is refused naming it. */
  StylingPort styling() {
    return new StylingPort() {
      @Override
      public Persona createPersona(PersonaRequest request) {
        return family(Capability.PERSONA, "styling().createPersona", request);
      }

      @Override
      public BoostedStyle boostStyle(String content) {
        return family(Capability.STYLE_BOOST, "styling().boostStyle", content);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private <R> R fetch(Capability capability, String operation, TaskId id) {
    BiFunction<C, TaskId, Object> declared = operations.fetches.get(capability);
    if (declared == null) {
      throw UnsupportedCapabilityException.of(client.provider(), capability, operation);
    }
    client.ensureOpen(operation);
    return (R) declared.apply(client, Objects.requireNonNull(id, "id == null"));
  }

  AccountPort account() {
    return () -> {
      client.ensureOpen("account().credits");
      return operations.credits.apply(client);
    };
  }
}
