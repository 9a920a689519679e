package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadCoverRequestTest {
  private static final URI AUDIO = URI.create("https://files.example.com/u/song.mp3");

  @Test
  void custom_cover_keeps_every_field() {
    // given
    Tuning tuning = Tuning.none().withNegativeTags("Heavy Metal").withVocalGender(VocalGender.MALE)
        .withWeights(0.65, 0.5, 0.25).withVariety(3).withPersona("persona_123", PersonaModel.VOICE);

    // when
    UploadCoverRequest request = UploadCoverRequest.custom(AUDIO, "Peaceful", "Classical", "[Verse] la")
        .lyrics("[Verse] other").model(SunoModel.V6).duration(Duration.ofSeconds(120)).tuning(tuning)
        .callbackUrl(URI.create("https://app.example.com/cb")).build();

    // then
    assertThat(request.uploadUrl()).isEqualTo(AUDIO);
    assertThat(request.customMode()).isTrue();
    assertThat(request.prompt()).contains("[Verse] la");
    assertThat(request.lyrics()).contains("[Verse] other");
    assertThat(request.style()).contains("Classical");
    assertThat(request.title()).contains("Peaceful");
    assertThat(request.model()).isEqualTo(SunoModel.V6);
    assertThat(request.duration()).contains(Duration.ofSeconds(120));
    assertThat(request.tuning()).isEqualTo(tuning);
    assertThat(request.tuning().variety()).hasValue(3);
    assertThat(request.tuning().personaModel()).contains(PersonaModel.VOICE);
    assertThat(request.callbackUrl()).contains(URI.create("https://app.example.com/cb"));
  }

  @Test
  void description_mode_defaults_to_v4_5_and_no_tuning() {
    UploadCoverRequest request = UploadCoverRequest.describe(AUDIO, "as a jazz ballad").build();

    assertThat(request.customMode()).isFalse();
    assertThat(request.model()).isEqualTo(SunoModel.V4_5);
    assertThat(request.tuning().isEmpty()).isTrue();
    assertThat(request.duration()).isEmpty();
  }

  @Test
  void custom_with_vocals_takes_lyrics_instead_of_prompt() {
    UploadCoverRequest request = new UploadCoverRequest(AUDIO, true, java.util.Optional.empty(),
        java.util.Optional.of("[Verse] la"), java.util.Optional.of("pop"), java.util.Optional.of("t"), false,
        SunoModel.V6, java.util.Optional.empty(), Tuning.none(), java.util.Optional.empty());

    assertThat(request.lyrics()).contains("[Verse] la");
  }

  @Test
  void refuses_what_the_mode_does_not_allow_naming_the_field() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.custom(AUDIO, "t", "pop", "l").prompt(null).build())
        .withMessageStartingWith("prompt is missing");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.describe(AUDIO, "x").title("t").build())
        .withMessage("title is only used in custom mode");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.describe(AUDIO, "x").lyrics("l").build())
        .withMessage("lyrics is only used in custom mode");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.describe(AUDIO, "x").tuning(Tuning.none().withPersona("p")).build())
        .withMessage("personaId is only used in custom mode");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.customInstrumental(AUDIO, "t", " ").build())
        .withMessage("style is blank");
  }

  @Test
  void refuses_an_upload_url_that_is_not_web() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> UploadCoverRequest.describe(URI.create("file:///home/me/song.mp3"), "x").build())
        .withMessageStartingWith("uploadUrl must be an absolute http or https URL");
    assertThatNullPointerException().isThrownBy(() -> UploadCoverRequest.describe(null, "x").build())
        .withMessage("uploadUrl == null");
  }

  @Test
  void duration_is_whole_seconds_from_10_to_360() {
    for (Duration bad : new Duration[] {Duration.ofSeconds(9), Duration.ofSeconds(361), Duration.ofMillis(30_500)}) {
      assertThatExceptionOfType(InvalidRequestException.class)
          .isThrownBy(() -> UploadCoverRequest.describe(AUDIO, "x").duration(bad).build())
          .withMessageStartingWith("duration must be whole seconds from 10 to 360");
    }
    assertThat(UploadCoverRequest.describe(AUDIO, "x").duration(Duration.ofSeconds(10)).build().duration())
        .contains(Duration.ofSeconds(10));
    assertThat(UploadCoverRequest.describe(AUDIO, "x").duration(Duration.ofSeconds(360)).build().duration())
        .contains(Duration.ofSeconds(360));
  }
}
