/**
 * The ports an app talks to: small capability interfaces that each provider adapter implements, reached from
 * {@link io.github.sunoport.core.port.SunoClient}.
 *
 * <h2>How operations are grouped</h2>
 *
 * <p>One port per family of operations that providers offer together:
 * <ul>
 *   <li>{@link io.github.sunoport.core.port.LyricsPort} ({@code lyrics()}): write lyrics.
 *   <li>{@link io.github.sunoport.core.port.MusicPort} ({@code music()}): generate and extend music, read a track's
 *       timestamped lyrics.
 *   <li>{@link io.github.sunoport.core.port.AccountPort} ({@code account()}): the credit balance.
 *   <li>{@link io.github.sunoport.core.callback.CallbackPort} ({@code callbacks()}): parse pushed results.
 *   <li>{@link io.github.sunoport.core.port.DerivedOutputsPort} ({@code derived()}): WAV, stems, MIDI, video and cover
 *       image of a finished track, each a task awaited like music.
 *   <li>{@link io.github.sunoport.core.port.StylingPort} ({@code styling()}): persona and style boost, answered at
 *       once.
 * </ul>
 * The families still to come each get their own port with the same shape:
 * <ul>
 *   <li>music from audio: upload and cover, upload and extend, add vocals, add an instrumental, replace a section,
 *       mashup, sounds;
 *   <li>files: upload, download link.
 * </ul>
 *
 * <h2>Rules every port follows</h2>
 * <ul>
 *   <li>A new family is a new port behind an accessor on {@code SunoClient} whose default throws
 *       {@link io.github.sunoport.core.error.UnsupportedCapabilityException} naming the provider and the operation,
 *       like {@code callbacks()}; never a new abstract method on an existing port, which would break every
 *       implementation.
 *   <li>A request about existing work names its owner: it takes a {@link io.github.sunoport.core.model.TaskId} or
 *       {@link io.github.sunoport.core.model.TrackId}, or is itself {@link io.github.sunoport.core.model.Owned}. Only
 *       requests for new work may be sent to any provider; a failover client decides by that type alone.
 *   <li>Submits are never retried automatically; reads may be. Every method throws a
 *       {@link io.github.sunoport.core.error.SunoException} subclass on failure, never another exception type.
 * </ul>
 */
package io.github.sunoport.core.port;
