package io.github.sunoport.core.lyrics;

/**
 * A lyrics file that {@link Lrc#parse} or {@link Srt#parse} cannot read, naming the format and where in the text the
 * problem is. An {@link IllegalArgumentException}, as the text is the caller's argument, of its own type so that an app
 * reading files its users upload can catch exactly this.
 */
public final class LyricsFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final int position;

  LyricsFormatException(String format, int position, String problem, Throwable cause) {
    super(format + " " + ("SRT".equals(format) ? "cue " : "line ") + position + problem, cause);
    this.format = format;
    this.position = position;
  }

  /** {@code "LRC"} or {@code "SRT"}. */
  public String format() {
    return format;
  }

  /** The 1-based line (LRC) or cue (SRT) where the problem is. */
  public int position() {
    return position;
  }
}
