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

  AccountPort account() {
    return () -> {
      client.ensureOpen("account().credits");
      return operations.credits.apply(client);
    };
  }
}
