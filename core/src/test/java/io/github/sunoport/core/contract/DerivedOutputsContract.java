package io.github.sunoport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.await.TaskFetcher;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MidiInstrument;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The derived outputs part of the contract: every operation of {@code derived()} and {@code styling()}, and the
 * temporary download link. Each test runs the operation where the client offers it, against a track the mock made
 * and awaited, and otherwise checks that it is refused naming provider and operation with nothing sent.
 */
public abstract class DerivedOutputsContract extends ContractSession {
  /** The stem roles of a twelve-stem split, as kie.ai's separation page lists them. */
  static final Set<StemRole> TWELVE_ROLES = EnumSet.of(StemRole.VOCALS, StemRole.BACKING_VOCALS, StemRole.DRUMS,
      StemRole.BASS, StemRole.GUITAR, StemRole.KEYBOARD, StemRole.PERCUSSION, StemRole.STRINGS, StemRole.SYNTH,
      StemRole.FX, StemRole.BRASS, StemRole.WOODWINDS);
  private static final String FOREIGN = "some-other-provider";

  /** Generates music, awaits it and returns its first track: what a derived task may be made from. */
  final SourceTrack finishedTrack() {
    TaskId music = client().music().submit(MusicRequest.describe("a calm piano piece").build());
    MusicTask done = TaskAwaiter.create().await(client().music()::fetch, music, untilDone(new CopyOnWriteArrayList<>()));
    assertThat(done.state()).as("the source music").isEqualTo(TaskState.SUCCEEDED);
    return SourceTrack.of(music, done.tracks().get(0).id());
  }

  /** Awaits {@code id} to success through {@link TaskAwaiter}, checking the states seen went forward. */
  static <R extends DerivedResult> R awaitResult(TaskFetcher<DerivedTask<R>> fetch, TaskId id, DerivedKind kind) {
    List<Task> seen = new CopyOnWriteArrayList<>();
    DerivedTask<R> done = TaskAwaiter.create().await(fetch, id, untilDone(seen));
    assertThat(done.state()).as("%s task %s", kind, id).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.kind()).isEqualTo(kind);
    assertThat(done.failure()).isEmpty();
    assertProgressInOrder(seen);
    return done.result().orElseThrow();
  }

  /** Checks that a link carries the lifetime the provider documents for {@code kind}, and an expiry after now. */
  final void assertDocumentedExpiry(ResultLink link, DerivedKind kind) {
    assertThat(link.url().getScheme()).isIn("http", "https");
    Optional<Duration> documented = fixture().documentedLifetime(kind);
    assertThat(link.keptFor()).as("%s link lifetime", kind).isEqualTo(documented);
    if (documented.isPresent()) {
      assertThat(link.expiresAt()).as("%s link expiry", kind).isPresent();
      assertThat(link.isExpiredAt(Instant.now(), ZoneOffset.UTC)).isFalse();
    }
  }

  /** Runs {@code call} expecting it refused for a missing capability, naming provider and operation, nothing sent. */
  final void assertRefused(ThrowingCallable call, Capability capability, String port) {
    long before = requestsSoFar();
    assertThatThrownBy(call).as(capability.toString()).isInstanceOfSatisfying(UnsupportedCapabilityException.class,
        e -> assertThat(e.getMessage()).contains(client().provider().value())
            .containsAnyOf(capability.toString(), port));
    assertThat(requestsSoFar()).as("requests sent for a refused %s", capability).isEqualTo(before);
  }

  /** Runs {@code call} expecting it refused before sending because it names a track of another provider. */
  final void assertForeignRefused(ThrowingCallable call, ContractFixture.Operation operation) {
    assertThatThrownBy(call).as(operation.toString()).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(FOREIGN);
    assertThat(fixture().requestsTo(operation)).as("%s sent for a foreign track", operation).isZero();
  }

  /** A track the fixture's provider never made, of a music task that did not make it either. */
  static SourceTrack foreignTrack() {
    return SourceTrack.of(TaskId.of(FOREIGN, "task-1"), TrackId.of(FOREIGN, "track-1"));
  }

  /**
   * For each failure the provider documents for {@code kind}: submits with {@code submitEndingIn} (which makes a fresh
   * source and forces the word on the derived task), awaits, and checks the task failed with the word's failure kind.
   */
  final <R extends DerivedResult> void assertEveryFailure(DerivedKind kind, Function<String, TaskId> submitEndingIn,
      TaskFetcher<DerivedTask<R>> fetch) {
    Map<String, FailureKind> failures = fixture().derivedFailures(kind);
    assertThat(failures).as("the documented %s failures", kind).isNotEmpty();
    failures.forEach((word, failureKind) -> {
      TaskId id = submitEndingIn.apply(word);
      DerivedTask<R> task = TaskAwaiter.create().await(fetch, id, untilDone(new CopyOnWriteArrayList<>()));
      assertThat(task.state()).as(word).isEqualTo(TaskState.FAILED);
      // The raw status is not compared: providers write it their own way (sunoapi.com joins its clips' words,
      // kie.ai's Market says "fail" for every cause); what it means is.
      assertThat(task.failure()).as(word).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(failureKind));
    });
  }

  /** Makes a fresh source track, then forces the next task created (the derived one) to end in {@code word}. */
  final SourceTrack sourceEndingIn(String word) {
    SourceTrack source = finishedTrack();
    fixture().nextTaskEndsIn(word);
    return source;
  }

  @Test
  void wav_task_reaches_success_with_its_documented_expiry_where_offered() {
    if (!client().supports(Capability.WAV)) {
      assertRefused(() -> client().derived().submitWav(WavRequest.of(SourceTrack.of(id("t"), track("a")))),
          Capability.WAV, "derived()");
      return;
    }
    SourceTrack source = finishedTrack();

    WavFile wav = awaitResult(client().derived()::fetchWav, client().derived().submitWav(WavRequest.of(source)),
        DerivedKind.WAV);

    assertDocumentedExpiry(wav.link(), DerivedKind.WAV);
    wav.source().ifPresent(track -> assertThat(track).isEqualTo(source.track()));
  }

  @Test
  void every_documented_wav_failure_is_a_failed_task_where_offered() {
    assumeTrue(client().supports(Capability.WAV), "WAV is not offered; its refusal is checked on its own");
    assertEveryFailure(DerivedKind.WAV, word -> client().derived().submitWav(WavRequest.of(sourceEndingIn(word))),
        client().derived()::fetchWav);
  }

  @Test
  void synchronous_wav_answers_the_file_at_once_where_offered() {
    if (!client().supports(Capability.SYNCHRONOUS_WAV)) {
      assertRefused(() -> client().derived().convertToWavNow(WavRequest.of(SourceTrack.of(id("t"), track("a")))),
          Capability.SYNCHRONOUS_WAV, "derived()");
      return;
    }
    SourceTrack source = finishedTrack();

    WavFile wav = client().derived().convertToWavNow(WavRequest.of(source));

    assertDocumentedExpiry(wav.link(), DerivedKind.WAV);
    assertThat(wav.link().url().toString()).contains(source.track().value());
  }

  @Test
  void two_and_twelve_stems_reach_success_by_role_where_offered() {
    if (!client().supports(Capability.STEMS)) {
      assertRefused(() -> client().derived().submitStems(StemsRequest.of(SourceTrack.of(id("t"), track("a")),
          SeparationType.TWO_STEMS)), Capability.STEMS, "derived()");
      return;
    }
    SourceTrack source = finishedTrack();

    Stems two = awaitResult(client().derived()::fetchStems,
        client().derived().submitStems(StemsRequest.of(source, SeparationType.TWO_STEMS)), DerivedKind.STEMS);
    // A separation is charged and run again each time: the same track may be split twice.
    Stems twelve = awaitResult(client().derived()::fetchStems,
        client().derived().submitStems(StemsRequest.of(source, SeparationType.TWELVE_STEMS)), DerivedKind.STEMS);

    assertThat(two.type()).isEqualTo(SeparationType.TWO_STEMS);
    assertThat(two.links()).containsOnlyKeys(StemRole.VOCALS, StemRole.INSTRUMENTAL);
    assertThat(twelve.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(twelve.links().keySet()).containsExactlyInAnyOrderElementsOf(TWELVE_ROLES);
    for (Stems stems : List.of(two, twelve)) {
      stems.links().values().forEach(link -> assertDocumentedExpiry(link, DerivedKind.STEMS));
      assertThat(stems.links().values()).extracting(ResultLink::url).doesNotHaveDuplicates();
    }
  }

  @Test
  void one_instrument_is_separated_where_offered_and_refused_before_sending_elsewhere() {
    assumeTrue(client().supports(Capability.STEMS), "STEMS is not offered; its refusal is checked on its own");
    SourceTrack source = finishedTrack();
    StemsRequest guitar = StemsRequest.of(source, SeparationType.TWO_STEMS).withStemName("Guitar");
    if (!fixture().separatesOneInstrument()) {
      long before = fixture().requestsTo(ContractFixture.Operation.STEMS);
      assertThatThrownBy(() -> client().derived().submitStems(guitar)).isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("ONE_INSTRUMENT");
      assertThat(fixture().requestsTo(ContractFixture.Operation.STEMS)).isEqualTo(before);
      return;
    }

    Stems one = awaitResult(client().derived()::fetchStems, client().derived().submitStems(guitar), DerivedKind.STEMS);

    assertThat(one.links().size() + one.parts().size()).isPositive();
    assertThat(one.parts()).allSatisfy(part -> assertDocumentedExpiry(part.link(), DerivedKind.STEMS));
  }

  @Test
  void every_documented_stems_failure_is_a_failed_task_where_offered() {
    assumeTrue(client().supports(Capability.STEMS), "STEMS is not offered; its refusal is checked on its own");
    assertEveryFailure(DerivedKind.STEMS, word -> client().derived().submitStems(
        StemsRequest.of(sourceEndingIn(word), SeparationType.TWO_STEMS)), client().derived()::fetchStems);
  }

  /** A finished twelve-stem separation of a fresh track. */
  private TaskId finishedSeparation() {
    TaskId separation = client().derived().submitStems(StemsRequest.of(finishedTrack(), SeparationType.TWELVE_STEMS));
    awaitResult(client().derived()::fetchStems, separation, DerivedKind.STEMS);
    return separation;
  }

  @Test
  void midi_of_a_separation_reaches_success_with_notes_where_offered() {
    if (!client().supports(Capability.MIDI)) {
      assertRefused(() -> client().derived().submitMidi(MidiRequest.allStemsOf(id("separation"))), Capability.MIDI,
          "derived()");
      return;
    }
    TaskId separation = finishedSeparation();
    Stems stems = client().derived().fetchStems(separation).result().orElseThrow();

    MidiTranscription all = awaitResult(client().derived()::fetchMidi,
        client().derived().submitMidi(MidiRequest.allStemsOf(separation)), DerivedKind.MIDI);

    assertThat(all.instruments()).isNotEmpty().allSatisfy(instrument -> assertThat(instrument.name()).isNotBlank());
    assertThat(all.noteCount()).isPositive();
    assertThat(all.instruments()).flatExtracting(MidiInstrument::notes).allSatisfy(note -> {
      assertThat(note.pitch()).isBetween(0, 127);
      assertThat(note.endSeconds()).isGreaterThanOrEqualTo(note.startSeconds());
    });
    if (!stems.parts().isEmpty()) {
      TrackId drums = stems.parts().get(0).id();
      MidiTranscription one = awaitResult(client().derived()::fetchMidi,
          client().derived().submitMidi(MidiRequest.stemOf(separation, drums)), DerivedKind.MIDI);
      assertThat(one.noteCount()).isPositive();
    }
  }

  @Test
  void every_documented_midi_failure_is_a_failed_task_where_offered() {
    assumeTrue(client().supports(Capability.MIDI), "MIDI is not offered; its refusal is checked on its own");
    assertEveryFailure(DerivedKind.MIDI, word -> {
      TaskId separation = finishedSeparation();
      fixture().nextTaskEndsIn(word);
      return client().derived().submitMidi(MidiRequest.allStemsOf(separation));
    }, client().derived()::fetchMidi);
  }

  @Test
  void music_video_reaches_success_with_its_documented_expiry_where_offered() {
    if (!client().supports(Capability.VIDEO)) {
      assertRefused(() -> client().derived().submitVideo(VideoRequest.of(SourceTrack.of(id("t"), track("a")))),
          Capability.VIDEO, "derived()");
      return;
    }
    SourceTrack source = finishedTrack();

    MusicVideo video = awaitResult(client().derived()::fetchVideo,
        client().derived().submitVideo(VideoRequest.of(source).withAuthor("Contract").withDomainName("example.com")),
        DerivedKind.VIDEO);

    assertDocumentedExpiry(video.link(), DerivedKind.VIDEO);
    video.source().ifPresent(track -> assertThat(track).isEqualTo(source.track()));
  }

  @Test
  void every_documented_video_failure_is_a_failed_task_where_offered() {
    assumeTrue(client().supports(Capability.VIDEO), "VIDEO is not offered; its refusal is checked on its own");
    assertEveryFailure(DerivedKind.VIDEO, word -> client().derived().submitVideo(
        VideoRequest.of(sourceEndingIn(word))), client().derived()::fetchVideo);
  }

  @Test
  void cover_image_reaches_success_with_its_documented_expiry_where_offered() {
    if (!client().supports(Capability.COVER_IMAGE)) {
      assertRefused(() -> client().derived().submitCoverImage(CoverImageRequest.of(id("t"))),
          Capability.COVER_IMAGE, "derived()");
      return;
    }
    SourceTrack source = finishedTrack();

    CoverImages cover = awaitResult(client().derived()::fetchCoverImage,
        client().derived().submitCoverImage(CoverImageRequest.of(source.task())), DerivedKind.COVER_IMAGE);

    assertThat(cover.images()).isNotEmpty().allSatisfy(link -> assertDocumentedExpiry(link,
        DerivedKind.COVER_IMAGE));
  }

  @Test
  void every_documented_cover_image_failure_is_a_failed_task_where_offered() {
    assumeTrue(client().supports(Capability.COVER_IMAGE),
        "COVER_IMAGE is not offered; its refusal is checked on its own");
    assertEveryFailure(DerivedKind.COVER_IMAGE, word -> client().derived().submitCoverImage(
        CoverImageRequest.of(sourceEndingIn(word).task())), client().derived()::fetchCoverImage);
  }

  @Test
  void persona_is_made_at_once_from_a_finished_track_where_offered() {
    if (!client().supports(Capability.PERSONA)) {
      assertRefused(() -> client().styling().createPersona(PersonaRequest.of(SourceTrack.of(id("t"), track("a")),
          "Singer", "a warm voice")), Capability.PERSONA, "styling()");
      return;
    }
    SourceTrack source = finishedTrack();

    Persona persona = client().styling().createPersona(PersonaRequest.of(source, "Night Singer",
        "a warm, low voice").withVocalWindow(5, 25));

    assertThat(persona.provider()).isEqualTo(client().provider());
    assertThat(persona.id()).isNotBlank();
    assertThat(persona.name()).isEqualTo("Night Singer");
    assertThat(persona.description()).isEqualTo("a warm, low voice");
  }

  @Test
  void style_boost_answers_a_richer_style_where_offered() {
    if (!client().supports(Capability.STYLE_BOOST)) {
      assertRefused(() -> client().styling().boostStyle("Pop, Mysterious"), Capability.STYLE_BOOST, "styling()");
      return;
    }

    var boosted = client().styling().boostStyle("Pop, Mysterious");

    assertThat(boosted.style()).isNotBlank().isNotEqualTo("Pop, Mysterious");
    assertThat(boosted.creditsUsed()).hasValueSatisfying(c -> assertThat(c.signum()).isPositive());
  }

  @Test
  void download_link_of_a_track_carries_its_expiry_where_offered() {
    if (!client().supports(Capability.DOWNLOAD_LINK)) {
      assertRefused(() -> client().files().downloadLink(java.net.URI.create("https://files.example.com/a.mp3")),
          Capability.DOWNLOAD_LINK, "files()");
      return;
    }
    TaskId music = client().music().submit(MusicRequest.describe("a calm piano piece").build());
    MusicTask done = TaskAwaiter.create().await(client().music()::fetch, music, untilDone(new CopyOnWriteArrayList<>()));
    Instant asked = Instant.now();

    var link = client().files().downloadLink(java.net.URI.create(done.tracks().get(0).audioUrl().orElseThrow()));

    Duration lifetime = fixture().documentedDownloadLinkLifetime().orElseThrow();
    assertThat(link.url().getScheme()).isIn("http", "https");
    assertThat(link.keptFor()).contains(lifetime);
    assertThat(link.expiresAt(ZoneOffset.UTC)).hasValueSatisfying(expiry ->
        assertThat(expiry).isBetween(asked.plus(lifetime).minusSeconds(1), Instant.now().plus(lifetime)));
  }

  @Test
  void a_derived_task_on_an_unknown_track_fails_as_the_provider_answers() {
    assumeTrue(client().supports(Capability.WAV) || client().supports(Capability.SYNCHRONOUS_WAV),
        "the provider converts no track to WAV");
    SourceTrack real = finishedTrack();
    WavRequest unknown = WavRequest.of(SourceTrack.of(real.task(), track("no-such-track-0000")));

    ThrowingCallable call = client().supports(Capability.WAV)
        ? () -> client().derived().submitWav(unknown)
        : () -> client().derived().convertToWavNow(unknown);

    assertThatThrownBy(call).isInstanceOf(TaskNotFoundException.class);
  }

  @Test
  void derived_work_on_a_track_of_another_provider_is_refused_before_sending() {
    SourceTrack foreign = foreignTrack();
    Map<Capability, ThrowingCallable> calls = new java.util.EnumMap<>(Capability.class);
    calls.put(Capability.WAV, () -> client().derived().submitWav(WavRequest.of(foreign)));
    calls.put(Capability.SYNCHRONOUS_WAV, () -> client().derived().convertToWavNow(WavRequest.of(foreign)));
    calls.put(Capability.STEMS, () -> client().derived().submitStems(StemsRequest.of(foreign,
        SeparationType.TWO_STEMS)));
    calls.put(Capability.MIDI, () -> client().derived().submitMidi(MidiRequest.allStemsOf(foreign.task())));
    calls.put(Capability.VIDEO, () -> client().derived().submitVideo(VideoRequest.of(foreign)));
    calls.put(Capability.COVER_IMAGE, () -> client().derived().submitCoverImage(CoverImageRequest.of(
        foreign.task())));
    calls.put(Capability.PERSONA, () -> client().styling().createPersona(PersonaRequest.of(foreign, "n", "d")));
    Map<Capability, ContractFixture.Operation> operations = Map.of(Capability.WAV, ContractFixture.Operation.WAV,
        Capability.SYNCHRONOUS_WAV, ContractFixture.Operation.SYNCHRONOUS_WAV,
        Capability.STEMS, ContractFixture.Operation.STEMS, Capability.MIDI, ContractFixture.Operation.MIDI,
        Capability.VIDEO, ContractFixture.Operation.VIDEO, Capability.COVER_IMAGE, ContractFixture.Operation.COVER_IMAGE,
        Capability.PERSONA, ContractFixture.Operation.PERSONA);
    calls.forEach((capability, call) -> {
      if (client().supports(capability)) {
        assertForeignRefused(call, operations.get(capability));
      }
    });
    assertThat(requestsSoFar()).isZero();
  }
}
