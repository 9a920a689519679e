package io.github.sunoport.core.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.StylingPort;
import io.github.sunoport.core.port.SunoClient;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Derived work goes to the provider owning the track or task, and never fails over; style boosts are new work. */
class FailoverDerivedTest {
  private static final SourceTrack SECONDS_TRACK =
      SourceTrack.of(TaskId.of("second", "music1"), TrackId.of("second", "clip1"));

  @Test
  void every_derived_operation_goes_to_the_owner_even_when_it_is_not_preferred() {
    DerivedClient first = new DerivedClient("first");
    DerivedClient second = new DerivedClient("second");
    DerivedOutputsPort port = FailoverClient.of(List.of(first, second)).derived();
    TaskId owned = TaskId.of("second", "task1");

    port.submitWav(WavRequest.of(SECONDS_TRACK));
    port.fetchWav(owned);
    port.convertToWavNow(WavRequest.of(SECONDS_TRACK));
    port.submitStems(StemsRequest.of(SECONDS_TRACK, SeparationType.TWELVE_STEMS));
    port.fetchStems(owned);
    port.submitMidi(MidiRequest.allStemsOf(owned));
    port.fetchMidi(owned);
    port.submitVideo(VideoRequest.of(SECONDS_TRACK));
    port.fetchVideo(owned);
    port.submitCoverImage(CoverImageRequest.of(owned));
    port.fetchCoverImage(owned);

    assertThat(first.calls).isEmpty();
    assertThat(second.calls).containsExactly("submitWav", "fetchWav", "convertToWavNow", "submitStems", "fetchStems",
        "submitMidi", "fetchMidi", "submitVideo", "fetchVideo", "submitCoverImage", "fetchCoverImage");
  }

  @Test
  void a_derived_submit_never_fails_over_even_on_an_error_another_provider_could_help_with() {
    DerivedClient first = new DerivedClient("first");
    DerivedClient second = new DerivedClient("second");
    second.failWith = new InsufficientCreditsException("no credits", ErrorDetails.none());

    assertThatThrownBy(() -> FailoverClient.of(List.of(second, first)).derived()
        .submitStems(StemsRequest.of(SECONDS_TRACK, SeparationType.TWO_STEMS)))
        .isInstanceOf(InsufficientCreditsException.class);
    assertThat(first.calls).isEmpty();
  }

  @Test
  void a_persona_goes_to_the_tracks_owner() {
    DerivedClient first = new DerivedClient("first");
    DerivedClient second = new DerivedClient("second");

    Persona persona = FailoverClient.of(List.of(first, second)).styling()
        .createPersona(PersonaRequest.of(SECONDS_TRACK, "Singer", "Pop"));

    assertThat(persona.provider()).isEqualTo(ProviderId.of("second"));
    assertThat(first.calls).isEmpty();
  }

  @Test
  void a_style_boost_is_new_work_and_fails_over_on_a_server_error() {
    DerivedClient first = new DerivedClient("first");
    first.failWith = new ProviderServerException("boom", ErrorDetails.none());
    DerivedClient second = new DerivedClient("second");

    BoostedStyle style = FailoverClient.of(List.of(first, second)).styling().boostStyle("Pop, Mysterious");

    assertThat(style.style()).isEqualTo("second: Pop, Mysterious");
    assertThat(first.calls).containsExactly("boostStyle");
  }

  @Test
  void work_owned_by_a_provider_the_client_does_not_hold_is_refused_before_sending() {
    DerivedClient first = new DerivedClient("first");

    assertThatThrownBy(() -> FailoverClient.of(List.of(first)).derived().fetchWav(TaskId.of("second", "t")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("belongs to provider 'second'");
    assertThat(first.calls).isEmpty();
  }

  @Test
  void derived_and_styling_are_refused_when_no_provider_offers_them() {
    DerivedClient bare = new DerivedClient("bare", EnumSet.of(Capability.LYRICS));
    FailoverClient client = FailoverClient.of(List.of(bare));

    assertThatThrownBy(client::derived).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("derived()");
    assertThatThrownBy(client::styling).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("styling()");
  }

  @Test
  void a_client_without_the_ports_refuses_them_by_default_naming_the_provider() {
    SunoClient plain = new SunoClient() {
      @Override
      public ProviderId provider() {
        return ProviderId.of("plain");
      }

      @Override
      public Set<Capability> capabilities() {
        return Set.of();
      }

      @Override
      public LyricsPort lyrics() {
        throw new UnsupportedOperationException();
      }

      @Override
      public MusicPort music() {
        throw new UnsupportedOperationException();
      }

      @Override
      public AccountPort account() {
        throw new UnsupportedOperationException();
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(plain::derived).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("provider 'plain'").hasMessageContaining("derived()");
    assertThatThrownBy(plain::styling).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("provider 'plain'").hasMessageContaining("styling()");
  }

  /** A client recording which derived operations reached it. */
  private static class DerivedClient implements SunoClient {
    final ProviderId provider;
    final Set<Capability> capabilities;
    final List<String> calls = new ArrayList<>();
    RuntimeException failWith;

    DerivedClient(String provider) {
      this(provider, EnumSet.allOf(Capability.class));
    }

    DerivedClient(String provider, Set<Capability> capabilities) {
      this.provider = ProviderId.of(provider);
      this.capabilities = capabilities;
    }

    private <T> T call(String name, T answer) {
      calls.add(name);
      if (failWith != null) {
        throw failWith;
      }
      return answer;
    }

    private static <R extends io.github.sunoport.core.model.derived.DerivedResult> DerivedTask<R> waiting(
        TaskId id, DerivedKind kind) {
      return new DerivedTask<>(id, kind, TaskState.WAITING, "PENDING", Optional.empty(), Optional.empty(),
          TaskTimes.none());
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
      throw new UnsupportedOperationException();
    }

    @Override
    public MusicPort music() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AccountPort account() {
      throw new UnsupportedOperationException();
    }

    @Override
    public DerivedOutputsPort derived() {
      TaskId made = new TaskId(provider, "derived1");
      WavFile wav = WavFile.of(ResultLink.of(URI.create("https://example.com/a.wav")));
      return new DerivedOutputsPort() {
        @Override
        public TaskId submitWav(WavRequest request) {
          return call("submitWav", made);
        }

        @Override
        public DerivedTask<WavFile> fetchWav(TaskId id) {
          return call("fetchWav", waiting(id, DerivedKind.WAV));
        }

        @Override
        public WavFile convertToWavNow(WavRequest request) {
          return call("convertToWavNow", wav);
        }

        @Override
        public TaskId submitStems(StemsRequest request) {
          return call("submitStems", made);
        }

        @Override
        public DerivedTask<Stems> fetchStems(TaskId id) {
          return call("fetchStems", waiting(id, DerivedKind.STEMS));
        }

        @Override
        public TaskId submitMidi(MidiRequest request) {
          return call("submitMidi", made);
        }

        @Override
        public DerivedTask<MidiTranscription> fetchMidi(TaskId id) {
          return call("fetchMidi", waiting(id, DerivedKind.MIDI));
        }

        @Override
        public TaskId submitVideo(VideoRequest request) {
          return call("submitVideo", made);
        }

        @Override
        public DerivedTask<MusicVideo> fetchVideo(TaskId id) {
          return call("fetchVideo", waiting(id, DerivedKind.VIDEO));
        }

        @Override
        public TaskId submitCoverImage(CoverImageRequest request) {
          return call("submitCoverImage", made);
        }

        @Override
        public DerivedTask<CoverImages> fetchCoverImage(TaskId id) {
          return call("fetchCoverImage", waiting(id, DerivedKind.COVER_IMAGE));
        }
      };
    }

    @Override
    public StylingPort styling() {
      return new StylingPort() {
        @Override
        public Persona createPersona(PersonaRequest request) {
          return call("createPersona", new Persona(provider, "persona1", request.name(), request.description()));
        }

        @Override
        public BoostedStyle boostStyle(String content) {
          return call("boostStyle", new BoostedStyle(provider + ": " + content, Optional.of(BigDecimal.ONE),
              Optional.empty()));
        }
      };
    }

    @Override
    public void close() {}
  }
}
