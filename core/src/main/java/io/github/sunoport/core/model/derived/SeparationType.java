package io.github.sunoport.core.model.derived;

/**
 * How finely a track is split into stems. Each separation is charged again, even for the same track: kie.ai documents
 * 10 credits for {@link #TWO_STEMS} and 50 for {@link #TWELVE_STEMS}.
 *
 * <table>
 *   <caption>Provider names</caption>
 *   <tr><th>type</th><th>kie.ai / sunoapi.org {@code type}</th><th>sunoapi.com route</th></tr>
 *   <tr><td>{@link #TWO_STEMS}</td><td>{@code separate_vocal}</td><td>{@code stems/basic}</td></tr>
 *   <tr><td>{@link #TWELVE_STEMS}</td><td>{@code split_stem}</td><td>{@code stems/full}</td></tr>
 *   <tr><td>{@link #ONE_INSTRUMENT}</td><td>{@code split_stem_advanced} (kie.ai only)</td><td>-</td></tr>
 * </table>
 */
public enum SeparationType {
  /** Vocals and instrumental. */
  TWO_STEMS,
  /** Up to twelve stems: vocals, backing vocals, drums, bass, guitar, keyboard, percussion, strings, ... */
  TWELVE_STEMS,
  /** One named instrument taken out of the mix; the request names it with a stem name. */
  ONE_INSTRUMENT,
  /** A result whose stems match no type above; providers do not echo the type they were asked for. */
  UNKNOWN
}
