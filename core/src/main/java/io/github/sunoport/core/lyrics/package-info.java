/**
 * Lyrics people can use: a track's aligned words grouped into {@link io.github.sunoport.core.lyrics.SyncedLyrics}
 * (sections, lines, words) and written as LRC ({@link io.github.sunoport.core.lyrics.Lrc}) or SRT
 * ({@link io.github.sunoport.core.lyrics.Srt}), and read back.
 */
package io.github.sunoport.core.lyrics;
