package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LyricsVariantTest {

  @Test
  void splits_its_text_into_sections() {
    LyricsVariant variant = new LyricsVariant("Rain", "[Verse]\na\n[Chorus]\nb", TaskState.SUCCEEDED, Optional.empty());

    assertThat(variant.sections()).extracting(LyricsSection::label).containsExactly("Verse", "Chorus");
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException()
        .isThrownBy(() -> new LyricsVariant("t", "x", TaskState.FAILED, null)).withMessage("error == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new LyricsVariant("t", null, TaskState.FAILED, Optional.empty())).withMessage("text == null");
  }
}
