package io.github.sunoport.adapter.support;

import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
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
import java.util.Objects;

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

  AccountPort account() {
    return () -> {
      client.ensureOpen("account().credits");
      return operations.credits.apply(client);
    };
  }
}
