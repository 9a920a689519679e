package io.github.sunoport.core.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.AudioPort;
import io.github.sunoport.core.port.FilesPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FailoverClientTest {
  private static final LyricsRequest LYRICS = LyricsRequest.of("rain");
  private static final URI AUDIO = URI.create("https://files.example.com/a.mp3");

  @Test
  void an_upload_cover_is_new_work_and_fails_over() {
    FakeClient first = new FakeClient("first").failing(new InsufficientCreditsException("none", ErrorDetails.none()));
    FakeClient second = new FakeClient("second");

    TaskId id = FailoverClient.of(List.of(first, second)).audio()
        .uploadCover(UploadCoverRequest.describe(AUDIO, "jazz").build());

    assertThat(id.provider()).isEqualTo(ProviderId.of("second"));
    assertThat(first.submits).isEqualTo(1);
  }

  @Test
  void replacing_a_section_of_a_track_goes_to_its_owner_only() {
    FakeClient first = new FakeClient("first");
    FakeClient second = new FakeClient("second").failing(new InsufficientCreditsException("none", ErrorDetails.none()));
    ReplaceSectionRequest request = ReplaceSectionRequest.inTrack(TaskId.of("second", "t1"), TrackId.of("second", "a1"))
        .window(Duration.ZERO, Duration.ofSeconds(10)).replacement("w", "f").style("s").title("t").build();

    assertThatThrownBy(() -> FailoverClient.of(List.of(first, second)).audio().replaceSection(request))
        .isInstanceOf(InsufficientCreditsException.class);
    assertThat(first.submits).isZero();
    assertThat(second.submits).isEqualTo(1);
  }

  @Test
  void covering_a_track_goes_to_its_owner_only() {
    FakeClient first = new FakeClient("first");
    FakeClient second = new FakeClient("second").failing(new InsufficientCreditsException("none", ErrorDetails.none()));
    CoverRequest request = CoverRequest.describe(TrackId.of("second", "a1"), "jazz", SunoModel.V4_5);

    assertThatThrownBy(() -> FailoverClient.of(List.of(first, second)).audio().cover(request))
        .isInstanceOf(InsufficientCreditsException.class);
    assertThat(first.submits).isZero();
    assertThat(second.submits).isEqualTo(1);
  }

  @Test
  void replacing_a_section_of_uploaded_audio_is_new_work() {
    FakeClient first = new FakeClient("first").failing(new MaintenanceException("down", ErrorDetails.none()));
    FakeClient second = new FakeClient("second");
    ReplaceSectionRequest request = ReplaceSectionRequest.inUpload(AUDIO, SunoModel.V5)
        .window(Duration.ZERO, Duration.ofSeconds(10)).replacement("w", "f").style("s").title("t").build();

    assertThat(FailoverClient.of(List.of(first, second)).audio().replaceSection(request).provider())
        .isEqualTo(ProviderId.of("second"));
  }

  @Test
  void an_upload_fails_over_and_audio_needs_an_able_provider() {
    FakeClient first = new FakeClient("first").failing(new RateLimitedException("slow", ErrorDetails.none(),
        Optional.empty()));
    FakeClient second = new FakeClient("second");
    FakeClient lyricsOnly = new FakeClient("lyrics", EnumSet.of(Capability.LYRICS));

    UploadedFile file = FailoverClient.of(List.of(first, second)).files().upload(FileUpload.fromUrl(AUDIO));

    assertThat(file.url().getHost()).isEqualTo("files.second.example.com");
    assertThatThrownBy(() -> FailoverClient.of(List.of(lyricsOnly)).audio())
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("audio()");
    assertThatThrownBy(() -> FailoverClient.of(List.of(lyricsOnly)).files())
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("files()");
  }

  static List<SunoException> errors_another_provider_can_help_with() {
    return List.of(new InsufficientCreditsException("no credits", ErrorDetails.none()),
        new RateLimitedException("slow down", ErrorDetails.none(), Optional.empty()),
        new MaintenanceException("down", ErrorDetails.none()),
        new ProviderServerException("boom", ErrorDetails.none()));
  }

  static List<SunoException> errors_that_end_the_submit() {
    return List.of(new InvalidRequestException("bad", "prompt", ErrorDetails.none()),
        new ProviderTimeoutException("slow", ErrorDetails.none(), null),
        new NetworkException("reset", ErrorDetails.none(), null));
  }

  @ParameterizedTest
  @MethodSource("errors_another_provider_can_help_with")
  void moves_on_when_another_provider_can_help(SunoException error) {
    FakeClient first = new FakeClient("first").failing(error);
    FakeClient second = new FakeClient("second");

    TaskId id = FailoverClient.of(List.of(first, second)).lyrics().submit(LYRICS);

    assertThat(id.provider()).isEqualTo(ProviderId.of("second"));
    assertThat(first.submits).isEqualTo(1);
    assertThat(second.submits).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("errors_that_end_the_submit")
  void never_moves_on_after_an_error_that_may_have_created_the_task_or_that_no_provider_fixes(SunoException error) {
    FakeClient first = new FakeClient("first").failing(error);
    FakeClient second = new FakeClient("second");

    assertThatThrownBy(() -> FailoverClient.of(List.of(first, second)).lyrics().submit(LYRICS)).isSameAs(error);
    assertThat(second.submits).isZero();
  }

  @Test
  void reports_the_last_error_with_the_earlier_ones_suppressed_when_every_provider_refuses() {
    SunoException credits = new InsufficientCreditsException("no credits", ErrorDetails.none());
    SunoException down = new MaintenanceException("down", ErrorDetails.none());
    FailoverClient client = FailoverClient.of(List.of(new FakeClient("a").failing(credits),
        new FakeClient("b").failing(down)));

    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("rain").build()))
        .isSameAs(down).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(credits));
  }

  @Test
  void fetches_go_to_the_provider_that_owns_the_task() {
    FakeClient first = new FakeClient("first");
    FakeClient second = new FakeClient("second");
    FailoverClient client = FailoverClient.of(List.of(first, second));

    client.lyrics().fetch(TaskId.of("second", "t1"));
    client.music().fetch(TaskId.of("second", "t2"));

    assertThat(second.fetches).isEqualTo(2);
    assertThat(first.fetches).isZero();
  }

  @Test
  void a_task_of_a_provider_it_does_not_hold_is_refused_with_the_ones_it_holds() {
    FailoverClient client = FailoverClient.of(List.of(new FakeClient("first")));

    assertThatThrownBy(() -> client.lyrics().fetch(TaskId.of("elsewhere", "t1")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("elsewhere").hasMessageContaining("first");
  }

  @Test
  void skips_providers_without_the_capability() {
    FakeClient noLyrics = new FakeClient("first", EnumSet.of(Capability.MUSIC));
    FakeClient second = new FakeClient("second");

    TaskId id = FailoverClient.of(List.of(noLyrics, second)).lyrics().submit(LyricsRequest.of("a song"));

    assertThat(id.provider().value()).isEqualTo("second");
    assertThat(noLyrics.submits).isZero();
  }

  @Test
  void extend_goes_to_the_provider_that_made_the_track_even_when_another_is_preferred() {
    FakeClient first = new FakeClient("first");
    FakeClient second = new FakeClient("second");

    TaskId id = FailoverClient.of(List.of(first, second)).music()
        .extend(ExtendRequest.keepingSource(TrackId.of("second", "track-1"), SunoModel.V4));

    assertThat(id.provider().value()).isEqualTo("second");
    assertThat(first.submits).isZero();
    assertThat(second.submits).isEqualTo(1);
  }

  @Test
  void extend_never_fails_over_even_on_an_error_that_would_move_a_new_submit() {
    FakeClient first = new FakeClient("first").failing(new InsufficientCreditsException("no credits", ErrorDetails.none()));
    FakeClient second = new FakeClient("second");

    assertThatThrownBy(() -> FailoverClient.of(List.of(first, second)).music()
        .extend(ExtendRequest.keepingSource(TrackId.of("first", "track-1"), SunoModel.V4)))
        .isInstanceOf(InsufficientCreditsException.class);
    assertThat(second.submits).isZero();
  }

  @Test
  void timestamped_lyrics_go_to_the_task_owner() {
    FakeClient first = new FakeClient("first");
    FakeClient second = new FakeClient("second");

    FailoverClient.of(List.of(first, second)).music()
        .timestampedLyrics(TaskId.of("second", "t1"), TrackId.of("second", "track-1"));

    assertThat(second.timestampedReads).isEqualTo(1);
    assertThat(first.timestampedReads).isZero();
  }

  @Test
  void owned_work_of_a_provider_it_does_not_hold_is_refused_before_any_call() {
    FakeClient first = new FakeClient("first");

    assertThatThrownBy(() -> FailoverClient.of(List.of(first)).music()
        .extend(ExtendRequest.keepingSource(TrackId.of("elsewhere", "track-1"), SunoModel.V4)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("owner"))
        .hasMessageContaining("elsewhere").hasMessageContaining("first");
    assertThat(first.submits).isZero();
  }

  @Test
  void declares_the_union_of_capabilities_and_refuses_the_rest() {
    FailoverClient client = FailoverClient.of(List.of(new FakeClient("a", EnumSet.of(Capability.LYRICS))));

    assertThat(client.capabilities()).containsExactly(Capability.LYRICS);
    assertThatThrownBy(client::music).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("MUSIC");
  }

  @Test
  void does_not_claim_callbacks_which_only_the_sending_provider_can_parse() {
    FailoverClient client = FailoverClient.of(List.of(new FakeClient("a"), new FakeClient("b")));

    assertThat(client.capabilities()).doesNotContain(Capability.CALLBACKS).contains(Capability.LYRICS);
  }

  @Test
  void reads_the_credits_of_the_most_preferred_provider() {
    FailoverClient client = FailoverClient.of(List.of(new FakeClient("a"), new FakeClient("b")));

    assertThat(client.account().credits()).isEqualTo(Credits.of(7));
  }

  @Test
  void refuses_an_empty_list_and_a_provider_listed_twice() {
    assertThatThrownBy(() -> FailoverClient.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FailoverClient.of(List.of(new FakeClient("a"), new FakeClient("a"))))
        .hasMessageContaining("'a' is listed twice");
  }

  @Test
  void closes_every_client_even_when_one_fails_to_close() {
    FakeClient a = new FakeClient("a");
    a.closeError = new IllegalStateException("close failed");
    FakeClient b = new FakeClient("b");

    assertThatThrownBy(() -> FailoverClient.of(List.of(a, b)).close()).isSameAs(a.closeError);
    assertThat(b.closed).isTrue();
  }

  /** A provider whose submits succeed or throw as scripted, counting its calls. */
  private static final class FakeClient implements SunoClient, LyricsPort {
    private final ProviderId id;
    private final Set<Capability> capabilities;
    private final Deque<SunoException> failures = new ArrayDeque<>();
    private final List<TaskId> created = new ArrayList<>();
    int submits;
    int fetches;
    int timestampedReads;
    boolean closed;
    RuntimeException closeError;

    FakeClient(String id) {
      this(id, EnumSet.allOf(Capability.class));
    }

    FakeClient(String id, Set<Capability> capabilities) {
      this.id = ProviderId.of(id);
      this.capabilities = Set.copyOf(capabilities);
    }

    FakeClient failing(SunoException error) {
      failures.add(error);
      return this;
    }

    private TaskId create(Supplier<String> name) {
      submits++;
      if (!failures.isEmpty()) {
        throw failures.poll();
      }
      TaskId task = new TaskId(id, name.get() + created.size());
      created.add(task);
      return task;
    }

    @Override
    public ProviderId provider() {
      return id;
    }

    @Override
    public Set<Capability> capabilities() {
      return capabilities;
    }

    @Override
    public LyricsPort lyrics() {
      return this;
    }

    @Override
    public MusicPort music() {
      return new MusicPort() {
        @Override
        public TaskId submit(MusicRequest request) {
          return create(() -> "music-");
        }

        @Override
        public TaskId extend(ExtendRequest request) {
          return create(() -> "extend-");
        }

        @Override
        public MusicTask fetch(TaskId task) {
          fetches++;
          return MusicTask.builder(task, TaskState.RUNNING).build();
        }

        @Override
        public TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
          timestampedReads++;
          return new TimestampedLyrics(List.of());
        }
      };
    }

    @Override
    public AudioPort audio() {
      return new AudioPort() {
        @Override
        public ProviderId provider() {
          return id;
        }

        @Override
        public TaskId uploadCover(UploadCoverRequest request) {
          return create(() -> "cover-");
        }

        @Override
        public TaskId replaceSection(ReplaceSectionRequest request) {
          return create(() -> "replace-");
        }

        @Override
        public TaskId cover(CoverRequest request) {
          return create(() -> "cover-track-");
        }
      };
    }

    @Override
    public FilesPort files() {
      return new FilesPort() {
        @Override
        public ProviderId provider() {
          return id;
        }

        @Override
        public UploadedFile upload(FileUpload upload) {
          submits++;
          if (!failures.isEmpty()) {
            throw failures.poll();
          }
          return new UploadedFile(io.github.sunoport.core.model.ResultLink.of(URI.create("https://files." + id
              + ".example.com/a.mp3")), Optional.empty(), Optional.empty(), java.util.OptionalLong.empty(),
              Optional.empty(), Optional.empty());
        }
      };
    }

    @Override
    public AccountPort account() {
      return () -> Credits.of(id.value().equals("a") || id.value().equals("first") ? 7 : 3);
    }

    @Override
    public void close() {
      closed = true;
      if (closeError != null) {
        throw closeError;
      }
    }

    @Override
    public TaskId submit(LyricsRequest request) {
      return create(() -> "lyrics-");
    }

    @Override
    public LyricsTask fetch(TaskId task) {
      fetches++;
      return new LyricsTask(task, TaskState.RUNNING, "", RequestEcho.empty(), List.of(), Optional.empty(),
          TaskTimes.none());
    }
  }
}
