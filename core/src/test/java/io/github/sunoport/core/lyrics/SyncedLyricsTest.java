package io.github.sunoport.core.lyrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.AlignedWord;
import io.github.sunoport.core.model.TimestampedLyrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyncedLyricsTest {
  /** Aligned words as providers send them: markers and line breaks inside a word's text. */
  static final List<AlignedWord> SONG = List.of(
      word("[Verse]\nWaggin'", 1.36, 1.79), word("my", 1.79, 2.00), word("tail\n", 2.00, 2.50),
      word("all", 2.60, 2.90), word("day", 2.90, 3.40),
      word("\n[Chorus]\nSing", 10.00, 10.40), word("it", 10.50, 10.80), word("loud", 10.80, 11.20));

  static AlignedWord word(String text, double start, double end) {
    return new AlignedWord(text, true, millis(start), millis(end));
  }

  static Duration millis(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  static String fixture(String name) {
    try (InputStream in = SyncedLyricsTest.class.getResourceAsStream("/lyrics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void groups_aligned_words_into_sections_lines_and_timed_words() {
    SyncedLyrics synced = SyncedLyrics.from(new TimestampedLyrics(SONG));

    assertThat(synced.sections()).extracting(SyncedSection::label).containsExactly("Verse", "Chorus");
    SyncedSection verse = synced.sections().get(0);
    assertThat(verse.lines()).extracting(SyncedLine::text).containsExactly("Waggin' my tail", "all day");
    assertThat(verse.lines().get(0).start()).isEqualTo(millis(1.36));
    assertThat(verse.lines().get(0).end()).isEqualTo(millis(2.50));
    assertThat(verse.lines().get(0).words()).containsExactly(
        new SyncedWord("Waggin'", millis(1.36), millis(1.79)), new SyncedWord("my", millis(1.79), millis(2.00)),
        new SyncedWord("tail", millis(2.00), millis(2.50)));
    assertThat(synced.sections().get(1).start()).isEqualTo(millis(10.00));
  }

  @Test
  void lines_before_the_first_marker_form_an_unlabelled_section_and_empty_markers_leave_nothing() {
    SyncedLyrics synced = SyncedLyrics.from(List.of(word("Intro", 0.5, 1.0), word("words\n", 1.0, 1.5),
        word("[Instrumental]\n", 2.0, 2.0), word("[Outro]", 30.0, 30.0), word("bye", 30.0, 31.0),
        new AlignedWord("unaligned", false, Duration.ZERO, Duration.ZERO)));

    assertThat(synced.sections()).extracting(SyncedSection::label).containsExactly("", "Outro");
    assertThat(synced.sections().get(0).lines()).extracting(SyncedLine::text).containsExactly("Intro words");
    assertThat(synced.sections().get(1).lines()).extracting(SyncedLine::text).containsExactly("bye unaligned");
    assertThat(synced.sections().get(1).lines().get(0).words().get(1))
        .as("an unaligned word sits at the end of the word before it")
        .isEqualTo(new SyncedWord("unaligned", Duration.ofSeconds(31), Duration.ofSeconds(31)));
  }

  @Test
  void an_instrumental_track_has_no_sections() {
    assertThat(SyncedLyrics.from(List.of()).sections()).isEmpty();
    assertThat(Lrc.enhanced(SyncedLyrics.from(List.of()))).isEmpty();
    assertThat(Srt.write(SyncedLyrics.from(List.of()))).isEmpty();
  }

  @Test
  void writes_line_lrc_enhanced_lrc_and_srt() {
    SyncedLyrics synced = SyncedLyrics.from(SONG);

    assertThat(Lrc.lines(synced)).isEqualTo(fixture("song.lrc"));
    assertThat(Lrc.enhanced(synced)).isEqualTo(fixture("song-enhanced.lrc"));
    assertThat(Srt.write(synced)).isEqualTo(fixture("song.srt"));
  }

  @Test
  void enhanced_lrc_and_srt_read_back_what_was_written() {
    SyncedLyrics synced = SyncedLyrics.from(SONG);

    assertThat(Lrc.parse(Lrc.enhanced(synced))).isEqualTo(synced);
    assertThat(Srt.parse(Srt.write(synced))).isEqualTo(synced.withoutWords());
  }

  @Test
  void line_lrc_reads_back_sections_starts_and_text_with_each_line_ending_where_the_next_starts() {
    SyncedLyrics back = Lrc.parse(fixture("song.lrc"));

    assertThat(back.sections()).extracting(SyncedSection::label).containsExactly("Verse", "Chorus");
    List<SyncedLine> lines = back.sections().stream().flatMap(s -> s.lines().stream()).toList();
    assertThat(lines).extracting(SyncedLine::text).containsExactly("Waggin' my tail", "all day", "Sing it loud");
    assertThat(lines).extracting(SyncedLine::start).containsExactly(millis(1.36), millis(2.60), millis(10.0));
    assertThat(lines).extracting(SyncedLine::end).containsExactly(millis(2.60), millis(10.0), millis(10.0));
  }

  @Test
  void seeded_random_lyrics_survive_both_round_trips() {
    Random random = new Random(16);
    for (int round = 0; round < 300; round++) {
      SyncedLyrics synced = SyncedLyrics.from(randomWords(random));

      assertThat(Lrc.parse(Lrc.enhanced(synced))).as("enhanced LRC, round %d", round).isEqualTo(synced);
      assertThat(Srt.parse(Srt.write(synced))).as("SRT, round %d", round).isEqualTo(synced.withoutWords());
    }
  }

  /** Words on a hundredth-of-a-second grid (LRC's precision), some carrying markers and line breaks. */
  private static List<AlignedWord> randomWords(Random random) {
    List<AlignedWord> words = new ArrayList<>();
    long centis = random.nextInt(500);
    String[] vocabulary = {"rain", "über", "心", "don't", "la-la", "é", "sky", "(ooh)", "7"};
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String text = vocabulary[random.nextInt(vocabulary.length)];
      if (random.nextInt(8) == 0) {
        text = "[Part " + random.nextInt(5) + "]\n" + text;
      }
      if (random.nextInt(4) == 0) {
        text = text + "\n";
      }
      long length = random.nextInt(200);
      words.add(new AlignedWord(text, true, Duration.ofMillis(centis * 10), Duration.ofMillis((centis + length) * 10)));
      centis += length + random.nextInt(100);
    }
    return words;
  }

  @Test
  void times_are_rounded_to_the_hundredth_and_minutes_pass_sixty() {
    SyncedLyrics long_ = SyncedLyrics.from(List.of(new AlignedWord("late", true, Duration.ofMillis(3_725_504),
        Duration.ofMillis(3_725_996))));

    assertThat(Lrc.enhanced(long_)).isEqualTo("[62:05.50]<62:05.50>late<62:06.00>\n");
    assertThat(Srt.write(long_)).isEqualTo("1\n01:02:05,504 --> 01:02:05,996\nlate\n\n");
  }

  @Test
  void lrc_from_other_tools_is_read_with_id_tags_crlf_and_other_fraction_lengths() {
    SyncedLyrics back = Lrc.parse("[ar:Someone]\r\n[ti:Song]\r\n\r\n[00:01]one\r\n[00:02.5]two\r\n[01:00.125]three\r\n");

    List<SyncedLine> lines = back.sections().get(0).lines();
    assertThat(back.sections()).extracting(SyncedSection::label).containsExactly("");
    assertThat(lines).extracting(SyncedLine::start).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofMillis(60_125));
  }

  @Test
  void srt_from_other_tools_is_read_with_a_bom_dots_and_several_text_lines() {
    SyncedLyrics back = Srt.parse("\uFEFF1\n00:00:01.000 --> 00:00:02.000\nfirst half\nsecond half\n\n\n"
        + "7\n00:00:03,000 --> 00:00:04,000\nnext\n");

    assertThat(back.sections().get(0).lines()).extracting(SyncedLine::text)
        .containsExactly("first half second half", "next");
  }

  @Test
  void malformed_files_are_refused_naming_the_line_or_cue() {
    assertThatThrownBy(() -> Lrc.parse("[00:01.00]fine\njust text"))
        .isInstanceOfSatisfying(LyricsFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("LRC");
          assertThat(e.position()).isEqualTo(2);
        }).hasMessageStartingWith("LRC line 2 has no time tag");
    assertThatThrownBy(() -> Lrc.parse("[00:75.00]bad"))
        .isInstanceOf(LyricsFormatException.class).hasMessageContaining("LRC line 1: seconds over 59");
    assertThatThrownBy(() -> Lrc.parse("[00:01.00][00:30.00]chorus again"))
        .isInstanceOf(LyricsFormatException.class).hasMessageContaining("repeats time tags");
    assertThatThrownBy(() -> Lrc.parse("[00:05.00]<00:05.00>a <00:04.00>b<00:06.00>"))
        .isInstanceOf(LyricsFormatException.class).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> Srt.parse("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\nno times here\n"))
        .isInstanceOfSatisfying(LyricsFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("SRT");
          assertThat(e.position()).isEqualTo(2);
        }).hasMessageStartingWith("SRT cue 2 has no");
    assertThatThrownBy(() -> Srt.parse("1\n00:00:03,000 --> 00:00:02,000\nbackwards\n"))
        .isInstanceOf(LyricsFormatException.class).hasMessageContaining("ends before it starts");
  }
}
