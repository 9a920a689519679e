package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtendRequestTest {
  private static final TrackId SOURCE = TrackId.of("kie", "e231****-****-****-****-****8cadc7dc");
  private static final Duration AT_60 = Duration.ofSeconds(60);

  private static ExtendRequest keeping(Optional<String> prompt, Optional<String> style, Optional<String> title) {
    return new ExtendRequest(SOURCE, Optional.empty(), true, prompt, style, title, false, Optional.of(SunoModel.V4_5),
        Tuning.none(), Optional.empty());
  }

  private static ExtendRequest overriding(
      Optional<Duration> at, Optional<String> prompt, Optional<String> style, Optional<String> title) {
    return new ExtendRequest(SOURCE, at, false, prompt, style, title, false, Optional.of(SunoModel.V4_5),
        Tuning.none(), Optional.empty());
  }

  @Test
  void keeping_source_inherits_everything() {
    ExtendRequest request = ExtendRequest.keepingSource(SOURCE, SunoModel.V4_5_PLUS);

    assertThat(request.parentTrack()).isEqualTo(SOURCE);
    assertThat(request.keepSourceParameters()).isTrue();
    assertThat(request.continueAt()).isEmpty();
    assertThat(request.prompt()).isEmpty();
    assertThat(request.style()).isEmpty();
    assertThat(request.title()).isEmpty();
    assertThat(request.model()).contains(SunoModel.V4_5_PLUS);
    assertThat(request.callbackUrl()).isEmpty();
  }

  @Test
  void keeping_source_may_continue_at_a_point() {
    ExtendRequest request = ExtendRequest.keepingSource(SOURCE, SunoModel.V4_5).withContinueAt(AT_60);

    assertThat(request.continueAt()).contains(AT_60);
    assertThat(request.keepSourceParameters()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"prompt, new words, ,", "style, , rock,", "title, , , Part 2"})
  void rejects_overrides_when_keeping_the_source(String field, String prompt, String style, String title) {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> keeping(Optional.ofNullable(prompt), Optional.ofNullable(style), Optional.ofNullable(title)))
        .withMessage(field + " cannot be set when keeping the source track's parameters");
  }

  @Test
  void overriding_takes_new_parameters() {
    ExtendRequest request = ExtendRequest.overriding(SOURCE, AT_60, "[Verse]\nmore", "rock", "Part 2", SunoModel.V5)
        .withCallbackUrl(URI.create("https://app.example.com/cb"));

    assertThat(request.keepSourceParameters()).isFalse();
    assertThat(request.continueAt()).contains(AT_60);
    assertThat(request.prompt()).contains("[Verse]\nmore");
    assertThat(request.style()).contains("rock");
    assertThat(request.title()).contains("Part 2");
    assertThat(request.model()).contains(SunoModel.V5);
    assertThat(request.callbackUrl()).contains(URI.create("https://app.example.com/cb"));
  }

  @Test
  void overriding_needs_every_new_parameter_and_says_which_are_missing() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> overriding(Optional.empty(), Optional.of("la"), Optional.empty(), Optional.of("T")))
        .withMessageStartingWith("continueAt is missing: overriding an extension needs continueAt, prompt, style and title")
        .withMessageContaining("missing: continueAt, style")
        .satisfies(e -> assertThat(e.field()).contains("continueAt"))
        .withMessageNotContaining("missing: continueAt, prompt");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> overriding(Optional.of(AT_60), Optional.empty(), Optional.of("rock"), Optional.empty()))
        .withMessageEndingWith("missing: prompt, title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1S", "PT-0.001S"})
  void rejects_continue_at_that_is_not_positive(Duration at) {
    ExtendRequest keeping = ExtendRequest.keepingSource(SOURCE, SunoModel.V4_5);

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> keeping.withContinueAt(at))
        .withMessageStartingWith("continueAt must be positive");
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> ExtendRequest.overriding(SOURCE, at, "la", "rock", "T", SunoModel.V4_5))
        .withMessageStartingWith("continueAt must be positive");
  }

  @Test
  void rejects_a_missing_parent_track() {
    assertThatNullPointerException().isThrownBy(() -> ExtendRequest.keepingSource(null, SunoModel.V4_5))
        .withMessage("parentTrack == null");
  }

  @Test
  void is_owned_by_the_provider_that_made_the_parent_track() {
    ExtendRequest request = ExtendRequest.keepingSource(TrackId.of("sunoapi-com", "clip-1"), SunoModel.V4_5);

    assertThat(request).isInstanceOf(Owned.class);
    assertThat(request.owner()).isEqualTo(ProviderId.of("sunoapi-com"));
  }

  @Test
  void rejects_nul_in_new_prompt_naming_the_index() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> ExtendRequest.overriding(SOURCE, AT_60, "la\u0000", "rock", "T", SunoModel.V4_5))
        .withMessage("prompt contains control character U+0000 at index 2");
  }

  @Test
  void accepts_emoji_cjk_and_rtl_overrides() {
    ExtendRequest request = ExtendRequest.overriding(SOURCE, AT_60, "夜晚城市 🌃", "אינדי", "ليل", SunoModel.V4_5);

    assertThat(request.prompt()).contains("夜晚城市 🌃");
  }

  @Test
  void rejects_callback_url_that_is_not_absolute_http() {
    ExtendRequest request = ExtendRequest.keepingSource(SOURCE, SunoModel.V4_5);
    URI relative = URI.create("/cb");

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> request.withCallbackUrl(relative))
        .withMessageStartingWith("callbackUrl must be an absolute http or https URL");
  }

  @Test
  void factories_and_copies_name_a_null_argument() {
    ExtendRequest request = ExtendRequest.keepingSource(SOURCE, SunoModel.V4_5);

    assertThatNullPointerException().isThrownBy(() -> ExtendRequest.keepingSource(SOURCE, null))
        .withMessage("model == null");
    assertThatNullPointerException()
        .isThrownBy(() -> ExtendRequest.overriding(SOURCE, AT_60, null, "rock", "T", SunoModel.V4_5))
        .withMessage("prompt == null");
    assertThatNullPointerException()
        .isThrownBy(() -> ExtendRequest.overriding(SOURCE, null, "la", "rock", "T", SunoModel.V4_5))
        .withMessage("continueAt == null");
    assertThatNullPointerException().isThrownBy(() -> request.withContinueAt(null)).withMessage("continueAt == null");
    assertThatNullPointerException().isThrownBy(() -> request.withCallbackUrl(null)).withMessage("callbackUrl == null");
  }
}
