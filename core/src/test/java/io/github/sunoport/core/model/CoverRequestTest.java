package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverRequestTest {
  private static final TrackId TRACK = TrackId.of("sunoapi-com", "clip-1");

  @Test
  void custom_cover_keeps_every_field_and_belongs_to_the_track_s_provider() {
    CoverRequest request = CoverRequest.custom(TRACK, "Rain", "jazz", "[Verse] rain", SunoModel.V4)
        .withTuning(Tuning.none().withNegativeTags("metal")).withCallbackUrl(URI.create("https://h.example/cb"));

    assertThat(request.track()).isEqualTo(TRACK);
    assertThat(request.customMode()).isTrue();
    assertThat(request.prompt()).contains("[Verse] rain");
    assertThat(request.style()).contains("jazz");
    assertThat(request.title()).contains("Rain");
    assertThat(request.model()).isEqualTo(SunoModel.V4);
    assertThat(request.tuning().negativeTags()).contains("metal");
    assertThat(request.callbackUrl()).contains(URI.create("https://h.example/cb"));
    assertThat(request.owner()).isEqualTo(ProviderId.of("sunoapi-com"));
  }

  @Test
  void refuses_what_the_mode_does_not_allow_naming_the_field() {
    assertField(() -> new CoverRequest(TRACK, false, Optional.empty(), Optional.empty(), Optional.empty(), false,
        SunoModel.V4, Tuning.none(), Optional.empty()), "prompt");
    assertField(() -> new CoverRequest(TRACK, false, Optional.of("d"), Optional.of("pop"), Optional.empty(), false,
        SunoModel.V4, Tuning.none(), Optional.empty()), "style");
    assertField(() -> new CoverRequest(TRACK, true, Optional.of("l"), Optional.empty(), Optional.of("t"), false,
        SunoModel.V4, Tuning.none(), Optional.empty()), "style");
    assertField(() -> CoverRequest.describe(TRACK, "d", SunoModel.V4).withCallbackUrl(URI.create("ftp://h/")),
        "callbackUrl");
    assertThatThrownBy(() -> CoverRequest.describe(null, "d", SunoModel.V4)).isInstanceOf(NullPointerException.class);
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.field()).contains(field));
  }
}
