package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LyricsRequestTest {

  @Test
  void of_has_no_callback_url() {
    LyricsRequest request = LyricsRequest.of("a song about rain");

    assertThat(request.prompt()).isEqualTo("a song about rain");
    assertThat(request.callbackUrl()).isEmpty();
  }

  @Test
  void with_callback_url_keeps_the_prompt() {
    LyricsRequest request = LyricsRequest.of("rain").withCallbackUrl(URI.create("https://app.example.com/cb"));

    assertThat(request.prompt()).isEqualTo("rain");
    assertThat(request.callbackUrl()).contains(URI.create("https://app.example.com/cb"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"🎸 a song 🌧️ about rain", "夜晚城市 灯火辉煌", "أغنية عن المطر", "שיר על גשם",
      "line one\nline two\r\n\tindented", "ü\u0301mlaut combining"})
  void accepts_emoji_cjk_rtl_and_line_breaks_as_written(String prompt) {
    assertThat(LyricsRequest.of(prompt).prompt()).isEqualTo(prompt);
  }

  @Test
  void bad_input_is_a_suno_exception_naming_the_field_so_apps_catching_suno_exception_catch_it() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> LyricsRequest.of("rain\u0001drop"));

    assertThat(thrown).isInstanceOf(io.github.sunoport.core.error.SunoException.class)
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.field()).contains("prompt");
          assertThat(e.isRetryable()).isFalse();
        });
  }

  @Test
  void rejects_nul_in_prompt_naming_the_index() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LyricsRequest.of("rain\u0000drop"))
        .withMessage("prompt contains control character U+0000 at index 4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007bell", "esc\u001B[0m", "del\u007F", "nel\u0085"})
  void rejects_other_control_characters(String prompt) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LyricsRequest.of(prompt))
        .withMessageStartingWith("prompt contains control character U+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t"})
  void rejects_blank_prompt(String prompt) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LyricsRequest.of(prompt)).withMessage("prompt is blank");
  }

  @Test
  void rejects_missing_prompt() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LyricsRequest.of(null))
        .withMessage("prompt is missing").satisfies(e -> assertThat(e.field()).contains("prompt"));
  }

  @Test
  void accepts_the_longest_prompt_and_rejects_one_more_character() {
    assertThat(LyricsRequest.of("a".repeat(LyricsRequest.MAX_PROMPT_LENGTH)).prompt()).hasSize(10_000);

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> LyricsRequest.of("a".repeat(10_001)))
        .withMessageContaining("prompt is 10001 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/callback", "ftp://example.com/cb", "mailto:me@example.com", "http:///no-host",
      "file:///tmp/x", "ws://example.com/cb"})
  void rejects_callback_url_that_is_not_absolute_http(String url) {
    LyricsRequest request = LyricsRequest.of("rain");
    URI callback = URI.create(url);

    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> request.withCallbackUrl(callback))
        .withMessageStartingWith("callbackUrl must be an absolute http or https URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080/cb", "https://app.example.com/suno?x=1", "HTTPS://EXAMPLE.COM/"})
  void accepts_http_and_https_callback_urls(String url) {
    assertThat(LyricsRequest.of("rain").withCallbackUrl(URI.create(url)).callbackUrl()).contains(URI.create(url));
  }

  @Test
  void rejects_null_callback_url() {
    LyricsRequest request = LyricsRequest.of("rain");

    assertThatNullPointerException().isThrownBy(() -> request.withCallbackUrl(null)).withMessage("callbackUrl == null");
  }
}
