package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
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
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
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
      this(OPERATIONS);
    }

    Small(Operations<Small> operations) {
      super(HttpTransport.open(Transports.PROVIDER,
          io.github.sunoport.core.config.ProviderSettings.builder().apiKey(Transports.KEY).build(),
          URI.create("https://api.example/"), Transports.MOSHI, Sleeper.system()), operations);
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

  @Test
  void derived_operations_declared_one_line_each_give_their_capabilities_and_ports() {
    List<String> calls = new java.util.ArrayList<>();
    WavFile file = WavFile.of(ResultLink.of(URI.create("https://files.example/a.wav")));
    Operations<Small> derived = Operations.<Small>builder()
        .include(group -> group.wav((c, r) -> {
          calls.add("submitWav");
          return new TaskId(c.provider(), "wav-1");
        }, (c, id) -> {
          calls.add("fetchWav");
          return new DerivedTask<>(id, DerivedKind.WAV, TaskState.SUCCEEDED, "SUCCESS", Optional.of(file),
              Optional.empty(), TaskTimes.none());
        }))
        .styleBoost((c, content) -> new BoostedStyle(content + ", warm", Optional.empty(), Optional.empty()))
        .build();

    assertThat(derived.capabilities()).containsExactlyInAnyOrder(Capability.WAV, Capability.STYLE_BOOST);
    try (Small offering = new Small(derived)) {
      SourceTrack source = SourceTrack.of(new TaskId(offering.provider(), "m"), new TrackId(offering.provider(), "t"));
      TaskId id = offering.derived().submitWav(WavRequest.of(source));

      assertThat(offering.derived().fetchWav(id).result()).contains(file);
      assertThat(offering.styling().boostStyle("pop").style()).isEqualTo("pop, warm");
      assertThat(calls).containsExactly("submitWav", "fetchWav");
      assertThatThrownBy(() -> offering.derived().submitStems(StemsRequest.of(source, SeparationType.TWO_STEMS)))
          .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("STEMS")
          .hasMessageContaining("derived().submitStems");
      assertThatThrownBy(() -> offering.derived().fetchMidi(id)).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("derived().fetchMidi");
      assertThatThrownBy(() -> offering.styling().createPersona(PersonaRequest.of(source, "n", "d")))
          .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("styling().createPersona");
      offering.close();
      assertThatThrownBy(() -> offering.derived().fetchWav(id)).isInstanceOf(ClientClosedException.class);
    }
    assertThatThrownBy(client::derived).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("derived()");
    assertThatThrownBy(client::styling).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("styling()");
    assertThatIllegalStateException().isThrownBy(() -> Operations.<Small>builder()
        .synchronousWav((c, r) -> file).synchronousWav((c, r) -> file)).withMessageContaining("twice");
    assertThatNullPointerException().isThrownBy(() -> Operations.<Small>builder()
        .stems((c, r) -> null, null)).withMessageContaining("fetch");
  }
}
