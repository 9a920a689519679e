package io.github.sunoport.adapter.support;

import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The derived-output and styling operations an adapter's client of type {@code C} offers, declared one line each
 * and handed to {@link Operations.Builder#derived}; the capabilities follow from what is declared, and the ports
 * refuse the rest naming the operation:
 *
 * <pre>{@code
 * DerivedOperations.<MyClient>builder()
 *     .wav(MyClient::submitWav, MyClient::fetchWav)
 *     .styleBoost(MyClient::boostStyle)
 *     .build();
 * }</pre>
 *
 * @param <C> the client whose methods carry out the operations
 */
public final class DerivedOperations<C> {
  /** A derived task's submit and fetch. */
  record TaskOps<C, Q, R extends DerivedResult>(BiFunction<C, Q, TaskId> submit, BiFunction<C, TaskId, DerivedTask<R>> fetch) {}

  final TaskOps<C, WavRequest, WavFile> wav;
  final BiFunction<C, WavRequest, WavFile> synchronousWav;
  final TaskOps<C, StemsRequest, Stems> stems;
  final TaskOps<C, MidiRequest, MidiTranscription> midi;
  final TaskOps<C, VideoRequest, MusicVideo> video;
  final TaskOps<C, CoverImageRequest, CoverImages> coverImage;
  final BiFunction<C, PersonaRequest, Persona> persona;
  final BiFunction<C, String, BoostedStyle> styleBoost;
  private final Set<Capability> capabilities;

  private DerivedOperations(Builder<C> b) {
    this.wav = b.wav;
    this.synchronousWav = b.synchronousWav;
    this.stems = b.stems;
    this.midi = b.midi;
    this.video = b.video;
    this.coverImage = b.coverImage;
    this.persona = b.persona;
    this.styleBoost = b.styleBoost;
    EnumSet<Capability> declared = EnumSet.noneOf(Capability.class);
    add(declared, wav, Capability.WAV);
    add(declared, synchronousWav, Capability.SYNCHRONOUS_WAV);
    add(declared, stems, Capability.STEMS);
    add(declared, midi, Capability.MIDI);
    add(declared, video, Capability.VIDEO);
    add(declared, coverImage, Capability.COVER_IMAGE);
    add(declared, persona, Capability.PERSONA);
    add(declared, styleBoost, Capability.STYLE_BOOST);
    this.capabilities = Set.copyOf(declared);
  }

  private static void add(Set<Capability> declared, Object operation, Capability capability) {
    if (operation != null) {
      declared.add(capability);
    }
  }

  /** Returns a builder with no operation declared. */
  public static <C> Builder<C> builder() {
    return new Builder<>();
  }

  /** The capabilities the declared operations give, and no other. */
  public Set<Capability> capabilities() {
    return capabilities;
  }

  /** True if any operation of {@link io.github.sunoport.core.port.DerivedOutputsPort} is declared. */
  boolean offersDerived() {
    return wav != null || synchronousWav != null || stems != null || midi != null || video != null
        || coverImage != null;
  }

  /** True if any operation of {@link io.github.sunoport.core.port.StylingPort} is declared. */
  boolean offersStyling() {
    return persona != null || styleBoost != null;
  }

  /** Declares the operations; each may be declared once. */
  public static final class Builder<C> {
    private TaskOps<C, WavRequest, WavFile> wav;
    private BiFunction<C, WavRequest, WavFile> synchronousWav;
    private TaskOps<C, StemsRequest, Stems> stems;
    private TaskOps<C, MidiRequest, MidiTranscription> midi;
    private TaskOps<C, VideoRequest, MusicVideo> video;
    private TaskOps<C, CoverImageRequest, CoverImages> coverImage;
    private BiFunction<C, PersonaRequest, Persona> persona;
    private BiFunction<C, String, BoostedStyle> styleBoost;

    private Builder() {}

    /** WAV conversion as a task ({@link Capability#WAV}). */
    public Builder<C> wav(BiFunction<C, WavRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<WavFile>> fetch) {
      this.wav = once(this.wav, ops(submit, fetch), "wav");
      return this;
    }

    /** WAV conversion answered at once ({@link Capability#SYNCHRONOUS_WAV}). */
    public Builder<C> synchronousWav(BiFunction<C, WavRequest, WavFile> convert) {
      this.synchronousWav = once(this.synchronousWav, convert, "synchronousWav");
      return this;
    }

    /** Stem separation ({@link Capability#STEMS}). */
    public Builder<C> stems(BiFunction<C, StemsRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<Stems>> fetch) {
      this.stems = once(this.stems, ops(submit, fetch), "stems");
      return this;
    }

    /** MIDI transcription ({@link Capability#MIDI}). */
    public Builder<C> midi(BiFunction<C, MidiRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<MidiTranscription>> fetch) {
      this.midi = once(this.midi, ops(submit, fetch), "midi");
      return this;
    }

    /** Music video ({@link Capability#VIDEO}). */
    public Builder<C> video(BiFunction<C, VideoRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<MusicVideo>> fetch) {
      this.video = once(this.video, ops(submit, fetch), "video");
      return this;
    }

    /** Cover image ({@link Capability#COVER_IMAGE}). */
    public Builder<C> coverImage(BiFunction<C, CoverImageRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<CoverImages>> fetch) {
      this.coverImage = once(this.coverImage, ops(submit, fetch), "coverImage");
      return this;
    }

    /** Persona creation ({@link Capability#PERSONA}). */
    public Builder<C> persona(BiFunction<C, PersonaRequest, Persona> create) {
      this.persona = once(this.persona, create, "persona");
      return this;
    }

    /** Style boost ({@link Capability#STYLE_BOOST}). */
    public Builder<C> styleBoost(BiFunction<C, String, BoostedStyle> boost) {
      this.styleBoost = once(this.styleBoost, boost, "styleBoost");
      return this;
    }

    /** Returns the declaration. */
    public DerivedOperations<C> build() {
      return new DerivedOperations<>(this);
    }

    private static <C, Q, R extends DerivedResult> TaskOps<C, Q, R> ops(BiFunction<C, Q, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<R>> fetch) {
      return new TaskOps<>(Objects.requireNonNull(submit, "submit == null"),
          Objects.requireNonNull(fetch, "fetch == null"));
    }

    private static <T> T once(T previous, T next, String name) {
      Objects.requireNonNull(next, name + " == null");
      if (previous != null) {
        throw new IllegalStateException(name + " is declared twice");
      }
      return next;
    }
  }
}
