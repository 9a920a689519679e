package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackTest {
  private static final TrackId ID = TrackId.of("kie", "e231****-****-****-****-****8cadc7dc");

  @Test
  void builder_starts_with_empty_values() {
    Track track = Track.builder(ID).build();

    assertThat(track.id()).isEqualTo(ID);
    assertThat(track.title()).isEmpty();
    assertThat(track.lyrics()).isEmpty();
    assertThat(track.tags()).isEmpty();
    assertThat(track.modelName()).isEmpty();
    assertThat(track.audioUrl()).isEmpty();
    assertThat(track.streamUrl()).isEmpty();
    assertThat(track.imageUrl()).isEmpty();
    assertThat(track.createdAt()).isEmpty();
    assertThat(track.duration()).isEmpty();
  }

  @Test
  void builder_sets_every_field() {
    ProviderTimestamp created = ProviderTimestamp.parse("2025-01-01 00:00:00");

    Track track = Track.builder(ID).title("Run Away").lyrics("[Verse]\nRunning").tags(List.of("electrifying", "rock"))
        .modelName("chirp-v3-5").audioUrl("https://example.cn/a.mp3").streamUrl("https://example.cn/s")
        .imageUrl("https://example.cn/i.jpeg").createdAt(created).duration(Duration.ofSeconds(198, 440_000_000)).build();

    assertThat(track.title()).isEqualTo("Run Away");
    assertThat(track.tags()).containsExactly("electrifying", "rock");
    assertThat(track.modelName()).contains("chirp-v3-5");
    assertThat(track.audioUrl()).contains("https://example.cn/a.mp3");
    assertThat(track.streamUrl()).contains("https://example.cn/s");
    assertThat(track.imageUrl()).contains("https://example.cn/i.jpeg");
    assertThat(track.createdAt()).contains(created);
    assertThat(track.duration()).contains(Duration.ofSeconds(198, 440_000_000));
    assertThat(track.sections()).containsExactly(new LyricsSection("Verse", "Running"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void builder_treats_blank_urls_and_model_as_absent(String blank) {
    Track track = Track.builder(ID).audioUrl(blank).streamUrl(blank).imageUrl(blank).modelName(blank).build();

    assertThat(track.audioUrl()).isEmpty();
    assertThat(track.streamUrl()).isEmpty();
    assertThat(track.imageUrl()).isEmpty();
    assertThat(track.modelName()).isEmpty();
  }

  @Test
  void builder_treats_null_text_as_empty() {
    Track track = Track.builder(ID).title(null).lyrics(null).tags(null).build();

    assertThat(track.title()).isEmpty();
    assertThat(track.lyrics()).isEmpty();
    assertThat(track.tags()).isEmpty();
  }

  @Test
  void rejects_negative_duration() {
    assertThatIllegalArgumentException().isThrownBy(() -> Track.builder(ID).duration(Duration.ofMillis(-1)).build())
        .withMessageContaining("duration is negative");
  }

  @Test
  void rejects_null_tag_and_copies_the_tags() {
    assertThatNullPointerException()
        .isThrownBy(() -> Track.builder(ID).tags(Arrays.asList("rock", null)).build())
        .withMessage("tags[1] == null");

    List<String> tags = new ArrayList<>(List.of("rock"));
    Track track = Track.builder(ID).tags(tags).build();
    tags.add("pop");

    assertThat(track.tags()).containsExactly("rock");
    assertThatThrownBy(() -> track.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_missing_id() {
    assertThatNullPointerException().isThrownBy(() -> Track.builder(null).build()).withMessage("id == null");
  }

  @Test
  void keeps_the_source_urls_providers_send_for_uploaded_audio() {
    Track track = Track.builder(ID).audioUrl("https://cdn.example/a.mp3")
        .sourceAudioUrl("https://origin.example/a.mp3").sourceStreamUrl("https://origin.example/a")
        .sourceImageUrl("https://origin.example/a.jpeg").build();

    assertThat(track.sourceAudioUrl()).contains("https://origin.example/a.mp3");
    assertThat(track.sourceStreamUrl()).contains("https://origin.example/a");
    assertThat(track.sourceImageUrl()).contains("https://origin.example/a.jpeg");
    assertThat(Track.builder(ID).sourceAudioUrl(" ").build().sourceAudioUrl()).isEmpty();
  }

  @Test
  void a_track_may_carry_its_own_state_and_failure() {
    TaskFailure failure = TaskFailure.of(FailureKind.GENERATION_FAILED, null, "clip moderation failed");

    Track failed = Track.builder(ID).state(TaskState.FAILED).failure(failure).build();
    Track done = Track.builder(ID).state(TaskState.SUCCEEDED).build();

    assertThat(failed.state()).contains(TaskState.FAILED);
    assertThat(failed.failure()).contains(failure);
    assertThat(failed.isUsable()).isFalse();
    assertThat(done.isUsable()).isTrue();
    assertThat(Track.builder(ID).build().state()).isEmpty();
    assertThat(Track.builder(ID).build().isUsable()).isTrue();
  }

  @Test
  void only_a_failed_track_carries_a_failure() {
    TaskFailure failure = TaskFailure.of(FailureKind.UNKNOWN, null, "x");

    assertThatIllegalArgumentException().isThrownBy(
        () -> Track.builder(ID).state(TaskState.SUCCEEDED).failure(failure).build()).withMessageContaining("FAILED");
    assertThatIllegalArgumentException().isThrownBy(() -> Track.builder(ID).failure(failure).build());
  }
}
