package io.github.sunoport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The music-from-audio part of the contract: each operation that makes music from uploaded audio (or from a track
 * of the provider) is awaited to success where the client offers it, and refused naming provider and operation, with
 * nothing sent, where it does not.
 */
public abstract class AudioOperationsContract extends DerivedOutputsContract {
  private static final URI AUDIO = URI.create("https://files.example.com/demo.mp3");
  private static final URI OTHER_AUDIO = URI.create("https://files.example.com/other.mp3");

  /** Submits with {@code submit} where {@code capability} is offered and awaits the music to success. */
  private void awaitedOrRefused(Capability capability, String port, MusicOperation operation,
      ThrowingCallable refused, java.util.function.Supplier<TaskId> submit) {
    if (!client().supports(capability)) {
      assertRefused(refused, capability, port);
      return;
    }
    List<Task> seen = new CopyOnWriteArrayList<>();
    TaskId id = submit.get();

    MusicTask done = TaskAwaiter.create().await(client().music()::fetch, id, untilDone(seen));

    assertThat(done.state()).as(capability.toString()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.operation()).isEqualTo(operation);
    assertThat(done.tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.audioUrl()).isPresent());
    assertProgressInOrder(seen);
  }

  @Test
  void uploaded_audio_is_extended_and_awaited_where_offered() {
    UploadExtendRequest request = UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(30), SunoModel.V4_5);
    awaitedOrRefused(Capability.UPLOAD_EXTEND, "audio()", MusicOperation.UPLOAD_EXTEND,
        () -> client().audio().uploadExtend(request), () -> client().audio().uploadExtend(request));
  }

  @Test
  void instrumental_is_added_to_uploaded_vocals_and_awaited_where_offered() {
    AddInstrumentalRequest request = AddInstrumentalRequest.of(AUDIO, "Backing", "acoustic, warm", "heavy metal")
        .withModel(SunoModel.V4_5_PLUS);
    awaitedOrRefused(Capability.ADD_INSTRUMENTAL, "audio()", MusicOperation.ADD_INSTRUMENTAL,
        () -> client().audio().addInstrumental(request), () -> client().audio().addInstrumental(request));
  }

  @Test
  void section_of_a_track_is_replaced_and_awaited_where_offered() {
    ThrowingCallable refused = () -> client().audio().replaceSection(ReplaceSectionRequest.inTrack(id("t"),
        track("a")).window(Duration.ZERO, Duration.ofSeconds(10)).replacement("calm piano", "[Verse] new words")
        .style("piano").title("Replaced").build());
    awaitedOrRefused(Capability.REPLACE_SECTION, "audio()", MusicOperation.REPLACE_SECTION, refused, () -> {
      var source = finishedTrack();
      return client().audio().replaceSection(ReplaceSectionRequest.inTrack(source.task(), source.track())
          .window(Duration.ofSeconds(10), Duration.ofSeconds(25))
          .replacement("A calm piano part", "[Verse]\nNew words here").style("piano").title("Replaced").build());
    });
  }

  @Test
  void two_uploads_are_mashed_up_and_awaited_where_offered() {
    MashupRequest request = MashupRequest.custom(AUDIO, OTHER_AUDIO, "Blend", "jazz, piano", "[Verse] two songs")
        .model(SunoModel.V4_5).build();
    awaitedOrRefused(Capability.MASHUP, "audio()", MusicOperation.MASHUP,
        () -> client().audio().mashup(request), () -> client().audio().mashup(request));
  }

  @Test
  void uploaded_audio_is_covered_and_the_cover_polls_to_success_where_offered() {
    if (!client().supports(Capability.FILE_UPLOAD)) {
      assertThatThrownBy(() -> client().files().upload(FileUpload.fromBytes(new byte[] {1}, "a.mp3")))
          .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining(client().provider().value());
    }
    if (!client().supports(Capability.UPLOAD_COVER)) {
      assertThatThrownBy(() -> client().audio().uploadCover(UploadCoverRequest.custom(
          URI.create("https://files.example.com/demo.mp3"), "Cover", "jazz", "[Verse] rain").model(SunoModel.V4_5)
          .build())).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining(client().provider().value());
    }
    if (!client().supports(Capability.UPLOAD_COVER) || !client().supports(Capability.FILE_UPLOAD)) {
      return;
    }
    // A URL upload, a sung cover and V4_5: the one upload source, mode and model every provider with the pair takes
    // (sunoapi.com fetches uploads from a URL only, offers no V5, and needs lyrics in custom mode).
    UploadedFile file = client().files().upload(FileUpload.fromUrl(URI.create("https://files.example.com/demo.mp3")));
    List<Task> seen = new CopyOnWriteArrayList<>();
    TaskId id = client().audio().uploadCover(UploadCoverRequest.custom(file.url(), "Cover", "jazz", "[Verse] rain")
        .model(SunoModel.V4_5).build());

    MusicTask done = TaskAwaiter.create().await(client().music()::fetch, id, untilDone(seen));

    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(done.operation()).isEqualTo(MusicOperation.UPLOAD_COVER);
    assertThat(done.tracks()).isNotEmpty().allSatisfy(t -> assertThat(t.audioUrl()).isPresent());
    assertProgressInOrder(seen);
  }

  @Test
  void music_from_audio_operations_are_offered_or_refused_naming_provider_and_operation() {
    Map<Capability, ThrowingCallable> calls = new java.util.EnumMap<>(Capability.class);
    URI audio = URI.create("https://files.example.com/a.mp3");
    calls.put(Capability.ADD_VOCALS, () -> client().audio().addVocals(AddVocalsRequest.of(audio, "t", "s", "m", "p")));
    calls.put(Capability.SOUNDS, () -> client().audio().sounds(SoundsRequest.of("rain", SunoModel.V5)));
    calls.put(Capability.COVER, () -> client().audio().cover(CoverRequest.describe(
        new TrackId(client().provider(), "a1"), "jazz", SunoModel.V4_5)));
    calls.put(Capability.DOWNLOAD_LINK, () -> client().files().downloadLink(audio));
    long before = requestsSoFar();
    calls.forEach((capability, call) -> {
      if (!client().supports(capability)) {
        // A provider without the whole family refuses at the accessor (audio(), files()), naming it.
        assertThatThrownBy(call).as(capability.toString()).isInstanceOf(UnsupportedCapabilityException.class)
            .hasMessageContaining(client().provider().value())
            .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(capability.toString(), "audio()", "files()"));
      }
    });
    assertThat(requestsSoFar()).isEqualTo(before);
  }
}
