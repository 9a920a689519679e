package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.error.ClientClosedException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperationsTest {
  /** A client that offers lyrics and plain music, nothing else; its operations count their calls. */
  static final class Small extends TransportClient {
    static final Operations<Small> OPERATIONS = Operations.<Small>builder()
        .lyrics(Small::submitLyrics, Small::fetchLyrics)
        .music(Small::submitMusic, Small::fetchMusic)
        .build();

    int calls;

    Small() {
      super(HttpTransport.open(Transports.PROVIDER,
          io.github.sunoport.core.config.ProviderSettings.builder().apiKey(Transports.KEY).build(),
          URI.create("https://api.example/"), Transports.MOSHI, Sleeper.system()), OPERATIONS);
    }

    TaskId submitLyrics(LyricsRequest request) {
      calls++;
      return new TaskId(provider(), "lyrics-1");
    }

    LyricsTask fetchLyrics(TaskId id) {
      calls++;
      return new LyricsTask(id, TaskState.RUNNING, "", RequestEcho.empty(), List.of(), Optional.empty(),
          TaskTimes.none());
    }

    TaskId submitMusic(MusicRequest request) {
      calls++;
      return new TaskId(provider(), "music-1");
    }

    MusicTask fetchMusic(TaskId id) {
      calls++;
      return MusicTask.builder(id, TaskState.RUNNING).build();
    }
  }

  private final Small client = new Small();

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void capabilities_are_exactly_the_declared_operations_for_the_declaration_and_the_client() {
    assertThat(Small.OPERATIONS.capabilities()).containsExactlyInAnyOrder(Capability.LYRICS, Capability.MUSIC);
    assertThat(client.capabilities()).isEqualTo(Small.OPERATIONS.capabilities());
  }

  @Test
  void calls_reach_the_clients_own_methods() {
    TaskId id = client.lyrics().submit(LyricsRequest.of("rain"));
    client.lyrics().fetch(id);
    client.music().fetch(client.music().submit(MusicRequest.describe("rain").build()));

    assertThat(id.value()).isEqualTo("lyrics-1");
    assertThat(client.calls).isEqualTo(4);
  }

  @Test
  void undeclared_operations_are_refused_naming_provider_capability_and_operation() {
    TrackId track = new TrackId(client.provider(), "t1");

    assertThatThrownBy(client::account).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("kie").hasMessageContaining("CREDITS").hasMessageContaining("account()");
    assertThatThrownBy(client::callbacks).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("CALLBACKS").hasMessageContaining("callbacks()");
    assertThatThrownBy(() -> client.music().extend(ExtendRequest.keepingSource(track, SunoModel.V4)))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("music().extend");
    assertThatThrownBy(() -> client.music().timestampedLyrics(new TaskId(client.provider(), "x"), track))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("music().timestampedLyrics");
    assertThat(client.calls).isZero();
  }

  @Test
  void after_close_every_operation_is_refused_before_the_client_is_asked() {
    client.close();

    assertThatThrownBy(() -> client.lyrics().submit(LyricsRequest.of("rain")))
        .isInstanceOfSatisfying(ClientClosedException.class, e -> assertThat(e.isRetryable()).isFalse())
        .hasMessageContaining("lyrics().submit").hasMessageContaining("closed");
    assertThatThrownBy(() -> client.music().fetch(new TaskId(client.provider(), "m")))
        .isInstanceOf(ClientClosedException.class).hasMessageContaining("music().fetch");
    assertThat(client.calls).isZero();
    client.close();
  }

  @Test
  void a_declaration_refuses_an_operation_declared_twice_or_music_parts_without_music() {
    assertThatIllegalStateException().isThrownBy(() -> Operations.<Small>builder()
        .lyrics(Small::submitLyrics, Small::fetchLyrics).lyrics(Small::submitLyrics, Small::fetchLyrics))
        .withMessageContaining("twice");
    assertThatIllegalStateException().isThrownBy(() -> Operations.<Small>builder()
        .extend((c, r) -> null).build()).withMessageContaining("music");
  }
}
