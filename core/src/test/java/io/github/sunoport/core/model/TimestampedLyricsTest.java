package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampedLyricsTest {
  private static final AlignedWord WORD = new AlignedWord("la", true, Duration.ZERO, Duration.ofMillis(300));

  @Test
  void copies_the_words() {
    List<AlignedWord> words = new ArrayList<>(List.of(WORD));
    TimestampedLyrics lyrics = new TimestampedLyrics(words);

    words.clear();

    assertThat(lyrics.words()).containsExactly(WORD);
  }

  @Test
  void an_instrumental_has_no_words() {
    assertThat(new TimestampedLyrics(List.of()).words()).isEmpty();
  }

  @Test
  void rejects_null_word() {
    assertThatNullPointerException().isThrownBy(() -> new TimestampedLyrics(Arrays.asList(WORD, null)))
        .withMessage("words[1] == null");
    assertThatNullPointerException().isThrownBy(() -> new TimestampedLyrics(null)).withMessage("words == null");
  }
}
