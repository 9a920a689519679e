package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LyricsSectionTest {

  /** Reads a test resource as UTF-8. */
  static String resource(String path) {
    try (InputStream in = Objects.requireNonNull(LyricsSectionTest.class.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void splits_sunoapi_com_run_away_lyrics_into_six_sections_in_order() {
    List<LyricsSection> sections = LyricsSection.parse(resource("/lyrics/run-away.txt"));

    assertThat(sections).extracting(LyricsSection::label)
        .containsExactly("Verse", "Verse 2", "Chorus", "Verse 3", "Bridge", "Chorus");
    assertThat(sections.get(0).text()).isEqualTo("""
        Running through the open sky
        Feel the wind and just get by
        Leave the past and don't look back
        Run away on this new track""");
    assertThat(sections.get(5).text()).startsWith("Run away run away").endsWith("Run away to clear skies");
    assertThat(sections).allSatisfy(s -> assertThat(s.text().lines()).hasSize(4));
  }

  @Test
  void keeps_text_after_a_marker_on_the_same_line() {
    List<LyricsSection> sections = LyricsSection.parse("[Verse] 夜晚城市 灯火辉煌");

    assertThat(sections).containsExactly(new LyricsSection("Verse", "夜晚城市 灯火辉煌"));
  }

  @Test
  void joins_same_line_text_with_the_following_lines() {
    List<LyricsSection> sections = LyricsSection.parse("[Chorus] la la\nlo lo\n");

    assertThat(sections).containsExactly(new LyricsSection("Chorus", "la la\nlo lo"));
  }

  @Test
  void text_before_the_first_marker_forms_an_unlabelled_section() {
    List<LyricsSection> sections = LyricsSection.parse("Title: Rain\n\n[Verse]\nDrops fall");

    assertThat(sections).containsExactly(new LyricsSection("", "Title: Rain"), new LyricsSection("Verse", "Drops fall"));
  }

  @Test
  void lyrics_without_markers_are_one_unlabelled_section() {
    assertThat(LyricsSection.parse("just words\nmore words"))
        .containsExactly(new LyricsSection("", "just words\nmore words"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "  \n\n \r\n"})
  void empty_or_blank_lyrics_have_no_sections(String lyrics) {
    assertThat(LyricsSection.parse(lyrics)).isEmpty();
  }

  @Test
  void keeps_an_empty_section_that_has_a_marker() {
    assertThat(LyricsSection.parse("[Intro]\n\n[Verse]\nhello"))
        .containsExactly(new LyricsSection("Intro", ""), new LyricsSection("Verse", "hello"));
  }

  @Test
  void reads_windows_line_breaks_and_indented_markers() {
    assertThat(LyricsSection.parse("  [ Verse 1 ]\r\nline one\r\n[Outro]\r\nbye\r\n"))
        .containsExactly(new LyricsSection("Verse 1", "line one"), new LyricsSection("Outro", "bye"));
  }

  @Test
  void brackets_inside_a_line_are_not_markers() {
    assertThat(LyricsSection.parse("[Verse]\nsing [softly] now"))
        .containsExactly(new LyricsSection("Verse", "sing [softly] now"));
  }

  @Test
  void rejects_null() {
    assertThatNullPointerException().isThrownBy(() -> LyricsSection.parse(null)).withMessage("lyrics == null");
    assertThatNullPointerException().isThrownBy(() -> new LyricsSection(null, "")).withMessage("label == null");
  }
}
