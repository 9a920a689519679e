package io.github.sunoport.core.model.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidRequestException;

import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedRequestsTest {
  private static final TaskId MUSIC = TaskId.of("kie", "5c79be8e");
  private static final SourceTrack SOURCE = SourceTrack.of(MUSIC, TrackId.of("kie", "e231-8cadc7dc"));
  private static final URI CALLBACK = URI.create("https://app.example.com/cb?token=secret");

  @Test
  void a_source_track_belongs_to_one_provider() {
    assertThatThrownBy(() -> SourceTrack.of(MUSIC, TrackId.of("sunoapi-org", "e231-8cadc7dc")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("belong to different providers");
  }

  @Test
  void every_request_on_a_track_is_owned_by_the_tracks_provider() {
    ProviderId kie = ProviderId.of("kie");

    assertThat(WavRequest.of(SOURCE).owner()).isEqualTo(kie);
    assertThat(VideoRequest.of(SOURCE).owner()).isEqualTo(kie);
    assertThat(StemsRequest.of(SOURCE, SeparationType.TWO_STEMS).owner()).isEqualTo(kie);
    assertThat(PersonaRequest.of(SOURCE, "Singer", "Pop").owner()).isEqualTo(kie);
    assertThat(CoverImageRequest.of(MUSIC).owner()).isEqualTo(kie);
    assertThat(MidiRequest.allStemsOf(TaskId.of("kie", "sep1")).owner()).isEqualTo(kie);
  }

  @Test
  void callback_urls_must_be_web_urls_and_the_message_hides_the_query() {
    assertThat(WavRequest.of(SOURCE).withCallbackUrl(CALLBACK).callbackUrl()).contains(CALLBACK);
    assertThatThrownBy(() -> WavRequest.of(SOURCE).withCallbackUrl(URI.create("file:///tmp/x?token=secret")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("callbackUrl must be an absolute http or https URL")
        .hasMessageNotContaining("secret");
  }

  @Test
  void video_labels_are_at_most_50_characters() {
    assertThat(VideoRequest.of(SOURCE).withAuthor("a".repeat(50)).withDomainName("music.example.com").author())
        .contains("a".repeat(50));
    assertThatThrownBy(() -> VideoRequest.of(SOURCE).withAuthor("a".repeat(51)))
        .isInstanceOf(InvalidRequestException.class).hasMessage("author is 51 characters long, more than the 50 allowed");
    assertThatThrownBy(() -> VideoRequest.of(SOURCE).withDomainName(" "))
        .isInstanceOf(InvalidRequestException.class).hasMessage("domainName is blank");
  }

  @Test
  void one_instrument_needs_a_stem_name_and_only_it_takes_one() {
    StemsRequest piano = StemsRequest.of(SOURCE, SeparationType.TWELVE_STEMS).withStemName("Piano");

    assertThat(piano.type()).isEqualTo(SeparationType.ONE_INSTRUMENT);
    assertThat(piano.stemName()).contains("Piano");
    assertThatThrownBy(() -> StemsRequest.of(SOURCE, SeparationType.ONE_INSTRUMENT))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("needs a stemName");
    assertThatThrownBy(() -> new StemsRequest(SOURCE,
            SeparationType.TWO_STEMS, Optional.of("Piano"), Optional.empty()))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("stemName is only used with type ONE_INSTRUMENT");
  }

  @Test
  void unknown_separation_type_cannot_be_asked_for() {
    assertThatThrownBy(() -> StemsRequest.of(SOURCE, SeparationType.UNKNOWN))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("type UNKNOWN describes results only");
  }

  @Test
  void a_midi_stem_belongs_to_the_separations_provider() {
    assertThatThrownBy(() -> MidiRequest.stemOf(TaskId.of("kie", "sep1"), TrackId.of("sunoapi-org", "stem1")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("belong to different providers");
    assertThat(MidiRequest.stemOf(TaskId.of("kie", "sep1"), TrackId.of("kie", "stem1")).stem())
        .contains(TrackId.of("kie", "stem1"));
  }

  @ParameterizedTest
  @CsvSource({"0, 30", "0, 10", "5.5, 35.5", "100, 120"})
  void a_persona_window_of_10_to_30_seconds_is_accepted(double start, double end) {
    assertThat(PersonaRequest.of(SOURCE, "Singer", "Pop").withVocalWindow(start, end).vocalEndSeconds())
        .hasValue(end);
  }

  @ParameterizedTest
  @CsvSource({"0, 9.99, from 10 to 30", "0, 30.01, from 10 to 30", "-1, 20, vocalStartSeconds",
      "NaN, 20, vocalStartSeconds", "0, NaN, from 10 to 30"})
  void a_persona_window_outside_10_to_30_seconds_is_refused(double start, double end, String message) {
    assertThatThrownBy(() -> PersonaRequest.of(SOURCE, "Singer", "Pop").withVocalWindow(start, end))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
  }

  @Test
  void a_persona_needs_a_name_and_a_description_without_control_characters() {
    assertThatThrownBy(() -> PersonaRequest.of(SOURCE, " ", "Pop"))
        .isInstanceOf(InvalidRequestException.class).hasMessage("name is blank");
    assertThatThrownBy(() -> PersonaRequest.of(SOURCE, "Singer", "Po\u0000p"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("description contains control character U+0000");
  }

  @Test
  void persona_and_boosted_style_refuse_blank_values() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Persona(ProviderId.of("kie"), "a b", "Singer", ""))
        .withMessageContaining("persona id must be 1 to 200 characters without white space");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BoostedStyle(" ", Optional.empty(), Optional.empty()))
        .withMessage("style is blank");
  }
}
