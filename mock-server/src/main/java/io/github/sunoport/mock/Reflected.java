package io.github.sunoport.mock;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a created task shows of its own request, so that a demo asking for "a song about rain" gets a song about rain
 * rather than the documented example's: the title the request gave, or one made from its prompt, and lyrics that
 * quote the prompt. Documented task ids never come here; they keep their documented payloads byte for byte.
 */
final class Reflected {
  /** Titles made from a prompt stay short, like the providers' own. */
  private static final int TITLE_WORDS = 6;
  private static final int TITLE_CHARS = 60;

  private Reflected() {}

  /** The request's {@code title}, else a title made from the first of {@code promptFields} set, else the fallback. */
  static String title(Task task, String fallback, String... promptFields) {
    String title = task.text("title", null);
    if (title != null) return title;
    String prompt = prompt(task, promptFields);
    return prompt == null ? fallback : titleOf(prompt);
  }

  /** Lyrics quoting the first of {@code promptFields} set, in the sections the providers use; else the fallback. */
  static String lyrics(Task task, String title, String fallback, String... promptFields) {
    String prompt = prompt(task, promptFields);
    if (prompt == null) return fallback;
    return "[Verse]\n" + prompt.strip() + "\n\n[Chorus]\n" + title + ", " + title.toLowerCase(Locale.ROOT) + "\n";
  }

  static String prompt(Task task, String... fields) {
    for (String field : fields) {
      String value = task.text(field, null);
      if (value != null) return value;
    }
    return null;
  }

  /** "a song about rain in the city at night" → "A Song About Rain In The". */
  static String titleOf(String prompt) {
    String words = Arrays.stream(prompt.strip().split("\\s+")).limit(TITLE_WORDS)
        .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        .collect(Collectors.joining(" "));
    return words.length() <= TITLE_CHARS ? words : words.substring(0, TITLE_CHARS).strip();
  }
}
