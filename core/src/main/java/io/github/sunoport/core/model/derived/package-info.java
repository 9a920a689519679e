/**
 * What providers derive from a finished track: WAV files, stems, MIDI, music videos and cover art (asynchronous
 * tasks, fetched as a {@link io.github.sunoport.core.model.DerivedTask}), and personas and boosted styles (answered at
 * once).
 */
package io.github.sunoport.core.model.derived;
