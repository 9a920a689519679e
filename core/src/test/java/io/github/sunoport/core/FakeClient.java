package io.github.sunoport.core;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ClientClosedException;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.SunoClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory client that behaves like an adapter's: it offers the ports of its capabilities, refuses the others with
 * {@link UnsupportedCapabilityException}, completes every task at once, and fails after {@link #close()}.
 */
final class FakeClient implements SunoClient {
  private final ProviderId provider;
  private final Set<Capability> capabilities;
  private final ProviderSettings settings;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<TaskId, String> prompts = new ConcurrentHashMap<>();

  FakeClient(ProviderId provider, Set<Capability> capabilities, ProviderSettings settings) {
    this.provider = provider;
    this.capabilities = Set.copyOf(capabilities);
    this.settings = settings;
  }

  /** The settings the client was opened with. */
  ProviderSettings settings() {
    return settings;
  }

  boolean isClosed() {
    return closed.get();
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public LyricsPort lyrics() {
    require(Capability.LYRICS);
    return new LyricsPort() {
      @Override
      public TaskId submit(LyricsRequest request) {
        TaskId id = TaskId.of(provider.value(), "lyrics-" + ids.incrementAndGet());
        prompts.put(id, request.prompt());
        return id;
      }

      @Override
      public LyricsTask fetch(TaskId id) {
        String prompt = prompts.get(id);
        if (prompt == null) {
          throw new TaskNotFoundException("no task " + id, ErrorDetails.of(provider, 404, 404, "not found"));
        }
        LyricsVariant variant = new LyricsVariant(prompt, "[Verse]\n" + prompt, TaskState.SUCCEEDED, Optional.empty());
        return new LyricsTask(id, TaskState.SUCCEEDED, "SUCCESS", RequestEcho.empty(), List.of(variant),
            Optional.empty(), TaskTimes.none());
      }
    };
  }

  @Override
  public MusicPort music() {
    require(Capability.MUSIC);
    return new MusicPort() {
      @Override
      public TaskId submit(MusicRequest request) {
        return TaskId.of(provider.value(), "music-" + ids.incrementAndGet());
      }

      @Override
      public TaskId extend(ExtendRequest request) {
        require(Capability.EXTEND);
        return TaskId.of(provider.value(), "extend-" + ids.incrementAndGet());
      }

      @Override
      public MusicTask fetch(TaskId id) {
        return MusicTask.builder(id, TaskState.SUCCEEDED).rawStatus("SUCCESS").build();
      }

      @Override
      public TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
        require(Capability.TIMESTAMPED_LYRICS);
        return new TimestampedLyrics(List.of());
      }
    };
  }

  @Override
  public AccountPort account() {
    require(Capability.CREDITS);
    return () -> Credits.of(100);
  }

  @Override
  public void close() {
    closed.set(true);
  }

  private void require(Capability capability) {
    if (closed.get()) {
      throw ClientClosedException.of(provider, capability.name());
    }
    if (!capabilities.contains(capability)) {
      throw UnsupportedCapabilityException.of(provider, capability, capability.name());
    }
  }
}
