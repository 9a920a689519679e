package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Upload-extend, add-vocals, add-instrumental, replace-section, mashup and sounds requests. */
class AudioRequestsTest {
  private static final URI AUDIO = URI.create("https://files.example.com/a.mp3");
  private static final URI OTHER = URI.create("https://files.example.com/b.mp3");
  private static final TaskId TASK = TaskId.of("kie", "2fac9f72");
  private static final TrackId TRACK = TrackId.of("kie", "e231-8cadc7dc");

  @Test
  void upload_extend_forms() {
    UploadExtendRequest fromAudio = UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(60), SunoModel.V4);
    UploadExtendRequest overriding = UploadExtendRequest.overriding(AUDIO, Duration.ofMillis(60_250), "[Verse] la",
        "Classical", "Extended", SunoModel.V5).withTuning(Tuning.none().withPersona("p1"));
    UploadExtendRequest instrumental = UploadExtendRequest.overridingInstrumental(AUDIO, Duration.ofSeconds(30),
        "Classical", "Extended", SunoModel.V5);

    assertThat(fromAudio.keepSourceParameters()).isTrue();
    assertThat(fromAudio.continueAt()).contains(Duration.ofSeconds(60));
    assertThat(overriding.keepSourceParameters()).isFalse();
    assertThat(overriding.prompt()).contains("[Verse] la");
    assertThat(overriding.tuning().personaId()).contains("p1");
    assertThat(instrumental.instrumental()).isTrue();
    assertThat(instrumental.prompt()).isEmpty();
  }

  @Test
  void upload_extend_refuses_a_bad_point_and_mixed_forms() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadExtendRequest.fromAudio(AUDIO, Duration.ZERO, SunoModel.V4))
        .withMessageStartingWith("continueAt must be positive");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadExtendRequest.fromAudio(AUDIO, Duration.ofMillis(60_005), SunoModel.V4))
        .withMessageStartingWith("continueAt must be a whole number of hundredths of a second");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new UploadExtendRequest(AUDIO, true, Optional.empty(), Optional.of("l"), Optional.empty(),
            Optional.empty(), false, SunoModel.V4, Tuning.none(), Optional.empty()))
        .withMessage("prompt cannot be set when keeping the uploaded audio's parameters");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadExtendRequest.overridingInstrumental(AUDIO, Duration.ofSeconds(30), "c", "t",
            SunoModel.V5).withTuning(Tuning.none().withVocalGender(VocalGender.FEMALE)))
        .withMessageStartingWith("vocalGender cannot be set for an instrumental extension");
  }

  @Test
  void extend_takes_every_documented_field() {
    Tuning tuning = Tuning.none().withNegativeTags("Heavy Metal").withVocalGender(VocalGender.MALE)
        .withWeights(0.65, 0.65, 0.65).withPersona("persona_123", PersonaModel.STYLE);

    ExtendRequest request = ExtendRequest.overriding(TRACK, Duration.ofSeconds(60), "more", "Classical", "Ext",
        SunoModel.V5).withTuning(tuning);
    ExtendRequest instrumental = ExtendRequest.overridingInstrumental(TRACK, Duration.ofSeconds(60), "Classical",
        "Ext", SunoModel.V5);

    assertThat(request.tuning()).isEqualTo(tuning);
    assertThat(instrumental.instrumental()).isTrue();
    assertThat(instrumental.prompt()).isEmpty();
    assertThat(ExtendRequest.keepingSource(TRACK, SunoModel.V5).tuning().isEmpty()).isTrue();
  }

  @Test
  void add_vocals_needs_negative_tags_and_keeps_them_across_tuning() {
    AddVocalsRequest request = AddVocalsRequest.of(AUDIO, "Relaxing", "Jazz", "heavy metal", "a calm song")
        .withTuning(Tuning.none().withVariety(2)).withModel(SunoModel.V6).withLyrics("[Verse] la");

    assertThat(request.tuning().negativeTags()).contains("heavy metal");
    assertThat(request.tuning().variety()).hasValue(2);
    assertThat(request.model()).contains(SunoModel.V6);
    assertThat(request.lyrics()).contains("[Verse] la");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new AddVocalsRequest(AUDIO, "t", "s", Optional.empty(), Optional.empty(), Optional.empty(),
            Tuning.none(), Optional.empty()))
        .withMessage("negativeTags is missing: adding vocals needs the styles to avoid");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> AddVocalsRequest.of(AUDIO, "", "Jazz", "metal", "p")).withMessage("title is blank");
  }

  @Test
  void add_instrumental_needs_negative_tags() {
    AddInstrumentalRequest request = AddInstrumentalRequest.of(AUDIO, "Relaxing", "relaxing, piano", "fast drums");

    assertThat(request.style()).isEqualTo("relaxing, piano");
    assertThat(request.model()).isEmpty();
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new AddInstrumentalRequest(AUDIO, "t", "s", Optional.empty(), Optional.empty(),
            Tuning.none(), Optional.empty()))
        .withMessageStartingWith("negativeTags is missing");
  }

  @Test
  void replace_section_in_a_track_names_its_owner() {
    ReplaceSectionRequest request = ReplaceSectionRequest.inTrack(TASK, TRACK)
        .window(Duration.ofMillis(10_500), Duration.ofMillis(20_750)).replacement("new words", "[Verse]\nall")
        .style("Jazz").title("Relaxing Piano").build();

    assertThat(request.owner()).contains(ProviderId.of("kie"));
    assertThat(request.uploadUrl()).isEmpty();
    assertThat(request.start()).isEqualTo(Duration.ofMillis(10_500));
  }

  @Test
  void replace_section_in_an_upload_has_no_owner() {
    ReplaceSectionRequest request = ReplaceSectionRequest.inUpload(AUDIO, SunoModel.V5)
        .window(Duration.ZERO, Duration.ofSeconds(10)).replacement("w", "f").style("s").title("t").build();

    assertThat(request.owner()).isEmpty();
    assertThat(request.model()).contains(SunoModel.V5);
  }

  @Test
  void replace_section_refuses_a_short_window_mixed_forms_and_foreign_pairs() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> ReplaceSectionRequest.inTrack(TASK, TRACK).window(Duration.ofSeconds(5),
            Duration.ofMillis(14_990)).replacement("w", "f").style("s").title("t").build())
        .withMessageStartingWith("end must be at least 10 s after start");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> ReplaceSectionRequest.inTrack(TASK, TrackId.of("sunoapi-org", "x"))
            .window(Duration.ZERO, Duration.ofSeconds(20)).replacement("w", "f").style("s").title("t").build())
        .withMessageEndingWith("belong to different providers");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new ReplaceSectionRequest(Optional.of(TASK), Optional.of(TRACK), Optional.of(AUDIO),
            Optional.empty(), "w", "s", "t", Duration.ZERO, Duration.ofSeconds(20), "f", Optional.empty(),
            Tuning.none(), Optional.empty()))
        .withMessageStartingWith("uploadUrl cannot be set when editing a generated track");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new ReplaceSectionRequest(Optional.empty(), Optional.empty(), Optional.of(AUDIO),
            Optional.empty(), "w", "s", "t", Duration.ZERO, Duration.ofSeconds(20), "f", Optional.empty(),
            Tuning.none(), Optional.empty()))
        .withMessageStartingWith("model is missing");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> ReplaceSectionRequest.inTrack(TASK, TRACK).window(Duration.ofMillis(-10),
            Duration.ofSeconds(20)).replacement("w", "f").style("s").title("t").build())
        .withMessageStartingWith("start is negative");
    assertThatNullPointerException()
        .isThrownBy(() -> ReplaceSectionRequest.inTrack(TASK, TRACK).window(Duration.ZERO, Duration.ofSeconds(20))
            .style("s").title("t").build())
        .withMessage("prompt == null");
  }

  @Test
  void mashup_takes_exactly_two_tracks() {
    MashupRequest request = MashupRequest.custom(AUDIO, OTHER, "Relaxing", "Jazz", "la").model(SunoModel.V5).build();

    assertThat(request.uploadUrls()).containsExactly(AUDIO, OTHER);
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> new MashupRequest(List.of(AUDIO), false, Optional.of("x"), Optional.empty(),
            Optional.empty(), Optional.empty(), false, SunoModel.V5, Optional.empty(), Tuning.none(),
            Optional.empty()))
        .withMessage("uploadUrls must name exactly 2 tracks, named 1");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> MashupRequest.describe(AUDIO, URI.create("ftp://x/y.mp3"), "x").build())
        .withMessageStartingWith("uploadUrls[1] must be an absolute http or https URL");
  }

  @Test
  void sounds_checks_prompt_tempo_and_key() {
    SoundsRequest request = SoundsRequest.of("rain on a tin roof", SunoModel.V5).looping().withTempo(166)
        .withKey(SoundKey.of("D#m")).grabbingLyrics();

    assertThat(request.loop()).isTrue();
    assertThat(request.tempo()).hasValue(166);
    assertThat(request.key()).contains(SoundKey.D_SHARP_MINOR);
    assertThat(request.grabLyrics()).isTrue();
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> SoundsRequest.of("x".repeat(501), SunoModel.V5))
        .withMessage("prompt is 501 characters long, more than the 500 allowed");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> request.withTempo(0))
        .withMessage("tempo must be between 1 and 300 BPM, was 0");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> request.withTempo(301))
        .withMessage("tempo must be between 1 and 300 BPM, was 301");
  }

  @Test
  void sound_keys_read_as_written() {
    assertThat(SoundKey.values()).hasSize(25);
    for (SoundKey key : SoundKey.values()) {
      assertThat(SoundKey.of(key.symbol())).isEqualTo(key);
    }
    assertThat(SoundKey.of("any")).isEqualTo(SoundKey.ANY);
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> SoundKey.of("H")).withMessageStartingWith("soundKey 'H'");
  }

  @Test
  void music_request_takes_the_sixth_generation_fields() {
    MusicRequest request = MusicRequest.custom("t", "pop", "la").model(SunoModel.V6).lyrics("[Verse] b").variety(4)
        .duration(Duration.ofSeconds(200)).persona("p1", PersonaModel.VOICE).build();

    assertThat(request.lyrics()).contains("[Verse] b");
    assertThat(request.variety()).hasValue(4);
    assertThat(request.duration()).contains(Duration.ofSeconds(200));
    assertThat(request.tuning().personaModel()).contains(PersonaModel.VOICE);
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> MusicRequest.describe("x").variety(5).build())
        .withMessageStartingWith("variety must be between 0 and 4");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> MusicRequest.describe("x").lyrics("l").build())
        .withMessageStartingWith("lyrics is only used in custom mode");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> MusicRequest.custom("t", "pop", "la").persona(null, PersonaModel.STYLE).build())
        .withMessage("personaModel needs a personaId");
    assertThat(MusicRequest.custom("t", "pop", null).lyrics("only lyrics").build().prompt()).isEmpty();
  }

  @Test
  void track_keeps_its_video_url_and_blank_counts_as_none() {
    Track withVideo = Track.builder(TrackId.of("sunoapi-com", "a")).videoUrl("https://cdn/v.mp4").build();
    Track blank = Track.builder(TrackId.of("sunoapi-com", "b")).videoUrl(" ").build();

    assertThat(withVideo.videoUrl()).contains("https://cdn/v.mp4");
    assertThat(blank.videoUrl()).isEmpty();
  }

}
