package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MusicRequestTest {
  private static final String LYRICS = "[Verse]\nRunning through the open sky";

  @Test
  void description_mode_has_only_the_prompt_and_defaults() {
    MusicRequest request = MusicRequest.describe("a calm piano piece about rain").build();

    assertThat(request.customMode()).isFalse();
    assertThat(request.prompt()).contains("a calm piano piece about rain");
    assertThat(request.style()).isEmpty();
    assertThat(request.title()).isEmpty();
    assertThat(request.instrumental()).isFalse();
    assertThat(request.model()).isEqualTo(SunoModel.V4_5);
    assertThat(request.negativeTags()).isEmpty();
    assertThat(request.vocalGender()).isEmpty();
    assertThat(request.styleWeight()).isEmpty();
    assertThat(request.weirdnessConstraint()).isEmpty();
    assertThat(request.audioWeight()).isEmpty();
    assertThat(request.personaId()).isEmpty();
    assertThat(request.callbackUrl()).isEmpty();
  }

  @Test
  void custom_mode_keeps_title_style_and_lyrics() {
    MusicRequest request = MusicRequest.custom("Run Away", "electrifying, rock", LYRICS).model(SunoModel.V5)
        .negativeTags("Heavy Metal").vocalGender(VocalGender.FEMALE).styleWeight(0.65).weirdnessConstraint(0)
        .audioWeight(1).personaId("persona-1").callbackUrl(URI.create("https://app.example.com/cb")).build();

    assertThat(request.customMode()).isTrue();
    assertThat(request.title()).contains("Run Away");
    assertThat(request.style()).contains("electrifying, rock");
    assertThat(request.prompt()).contains(LYRICS);
    assertThat(request.model()).isEqualTo(SunoModel.V5);
    assertThat(request.negativeTags()).contains("Heavy Metal");
    assertThat(request.vocalGender()).contains(VocalGender.FEMALE);
    assertThat(request.styleWeight()).hasValue(0.65);
    assertThat(request.weirdnessConstraint()).hasValue(0.0);
    assertThat(request.audioWeight()).hasValue(1.0);
    assertThat(request.personaId()).contains("persona-1");
    assertThat(request.callbackUrl()).contains(URI.create("https://app.example.com/cb"));
  }

  @Test
  void custom_instrumental_needs_no_lyrics() {
    MusicRequest request = MusicRequest.customInstrumental("Rainfall", "ambient piano").build();

    assertThat(request.instrumental()).isTrue();
    assertThat(request.prompt()).isEmpty();
  }

  @Test
  void custom_instrumental_may_still_carry_a_prompt() {
    assertThat(MusicRequest.customInstrumental("Rainfall", "ambient").prompt("soft").build().prompt()).contains("soft");
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule("custom mode without style", MusicRequest.custom("T", null, LYRICS), "style is missing"),
        rule("custom mode without title", MusicRequest.custom(null, "rock", LYRICS), "title is missing"),
        rule("custom vocals without lyrics", MusicRequest.custom("T", "rock", null), "prompt is missing"),
        rule("custom instrumental without style", MusicRequest.customInstrumental("T", null), "style is missing"),
        rule("description without prompt", MusicRequest.describe(null), "prompt is missing"),
        rule("description with style", MusicRequest.describe("rain").style("rock"), "style is only used in custom mode"),
        rule("description with title", MusicRequest.describe("rain").title("T"), "title is only used in custom mode"),
        rule("description with persona", MusicRequest.describe("rain").personaId("p1"),
            "personaId is only used in custom mode"));
  }

  private static Arguments rule(String name, MusicRequest.Builder builder, String message) {
    return Arguments.of(name, builder, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void rejects_requests_that_break_the_rules_of_their_mode(String name, MusicRequest.Builder builder, String message) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(builder::build).withMessageStartingWith(message);
  }

  static Stream<Arguments> weights() {
    return Stream.of(
        Arguments.of("styleWeight", (UnaryOperator<MusicRequest.Builder>) b -> b.styleWeight(-0.01)),
        Arguments.of("styleWeight", (UnaryOperator<MusicRequest.Builder>) b -> b.styleWeight(1.01)),
        Arguments.of("styleWeight", (UnaryOperator<MusicRequest.Builder>) b -> b.styleWeight(Double.NaN)),
        Arguments.of("weirdnessConstraint", (UnaryOperator<MusicRequest.Builder>) b -> b.weirdnessConstraint(2)),
        Arguments.of("weirdnessConstraint",
            (UnaryOperator<MusicRequest.Builder>) b -> b.weirdnessConstraint(Double.POSITIVE_INFINITY)),
        Arguments.of("audioWeight", (UnaryOperator<MusicRequest.Builder>) b -> b.audioWeight(-1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weights")
  void rejects_weights_outside_zero_to_one(String field, UnaryOperator<MusicRequest.Builder> setWeight) {
    MusicRequest.Builder builder = setWeight.apply(MusicRequest.custom("T", "rock", LYRICS));

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(builder::build)
        .withMessageStartingWith(field + " must be between 0 and 1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0})
  void accepts_weights_from_zero_to_one(double weight) {
    MusicRequest request = MusicRequest.describe("rain").styleWeight(weight).weirdnessConstraint(weight)
        .audioWeight(weight).build();

    assertThat(request.styleWeight()).hasValue(weight);
  }

  static Stream<Arguments> badTexts() {
    return Stream.of(
        text("prompt", b -> b.prompt("la\u0000la"), "prompt contains control character U+0000 at index 2"),
        text("style", b -> b.style("rock\u0000"), "style contains control character U+0000 at index 4"),
        text("title", b -> b.title("\u0000T"), "title contains control character U+0000 at index 0"),
        text("negativeTags", b -> b.negativeTags("metal\u0001"), "negativeTags contains control character U+0001"),
        text("personaId", b -> b.personaId("p\u0000"), "personaId contains control character U+0000"),
        text("blank style", b -> b.style(" "), "style is blank"),
        text("blank negativeTags", b -> b.negativeTags(""), "negativeTags is blank"),
        text("blank personaId", b -> b.personaId("\t"), "personaId is blank"),
        text("long prompt", b -> b.prompt("a".repeat(MusicRequest.MAX_TEXT_LENGTH + 1)),
            "prompt is 10001 characters long"),
        text("long title", b -> b.title("t".repeat(10_001)), "title is 10001 characters long"));
  }

  private static Arguments text(String name, UnaryOperator<MusicRequest.Builder> change, String message) {
    return Arguments.of(name, change, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTexts")
  void rejects_bad_text_naming_the_field(String name, UnaryOperator<MusicRequest.Builder> change, String message) {
    MusicRequest.Builder builder = change.apply(MusicRequest.custom("T", "rock", LYRICS));

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(builder::build).withMessageStartingWith(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"🎸🌧️ lluvia y 雨 и дождь", "أغنية عن المطر", "[Verse]\n夜晚城市 灯火辉煌\r\n\t"})
  void accepts_emoji_cjk_and_rtl_text(String text) {
    MusicRequest request = MusicRequest.custom(text, text, text).build();

    assertThat(request.title()).contains(text);
    assertThat(request.style()).contains(text);
    assertThat(request.prompt()).contains(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/cb", "ftp://example.com/cb", "https:///cb"})
  void rejects_callback_url_that_is_not_absolute_http(String url) {
    MusicRequest.Builder builder = MusicRequest.describe("rain").callbackUrl(URI.create(url));

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(builder::build).withMessageStartingWith("callbackUrl");
  }

  @Test
  void rejects_null_model() {
    MusicRequest.Builder builder = MusicRequest.describe("rain");

    assertThatNullPointerException().isThrownBy(() -> builder.model(null)).withMessage("model == null");
  }
}
