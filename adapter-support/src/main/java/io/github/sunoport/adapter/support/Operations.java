package io.github.sunoport.adapter.support;

import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.model.DerivedTask;
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
import java.net.URI;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The operations an adapter's client of type {@code C} offers, declared once, one line each, as methods of the
 * client:
 *
 * <pre>{@code
 * static final Operations<MyClient> OPERATIONS = Operations.<MyClient>builder()
 *     .lyrics(MyClient::submitLyrics, MyClient::fetchLyrics)
 *     .credits(MyClient::credits)
 *     .build();
 * }</pre>
 *
 * Everything else follows from this declaration: the client's ports ({@link TransportClient}), its
 * {@link #capabilities()} and its factory's, and the refusal of every operation not declared with an
 * {@link io.github.sunoport.core.error.UnsupportedCapabilityException} naming it, before anything is sent. Immutable.
 *
 * @param <C> the client whose methods carry out the operations
 */
public final class Operations<C> {
  /** Reads the word-by-word lyrics of a track of a task. */
  @FunctionalInterface
  public interface TimestampedRead<C> {
    /** Reads track {@code track} of task {@code task} through {@code client}. */
    TimestampedLyrics read(C client, TaskId task, TrackId track);
  }

  final BiFunction<C, LyricsRequest, TaskId> submitLyrics;
  final BiFunction<C, TaskId, LyricsTask> fetchLyrics;
  final BiFunction<C, MusicRequest, TaskId> submitMusic;
  final BiFunction<C, TaskId, MusicTask> fetchMusic;
  final BiFunction<C, ExtendRequest, TaskId> extend;
  final TimestampedRead<C> timestampedLyrics;
  final Function<C, Credits> credits;
  final Function<C, CallbackPort> callbacks;
  /**
   * The operations of the newer families (music from audio, files, derived outputs, styling), by the capability each
   * gives; for a derived task, its submit.
   */
  final Map<Capability, BiFunction<C, Object, Object>> families;
  /** A derived task's fetch, by the capability of its submit in {@link #families}. */
  final Map<Capability, BiFunction<C, TaskId, Object>> fetches;
  private final Set<Capability> capabilities;

  private Operations(Builder<C> b) {
    this.submitLyrics = b.submitLyrics;
    this.fetchLyrics = b.fetchLyrics;
    this.submitMusic = b.submitMusic;
    this.fetchMusic = b.fetchMusic;
    this.extend = b.extend;
    this.timestampedLyrics = b.timestampedLyrics;
    this.credits = b.credits;
    this.callbacks = b.callbacks;
    this.families = Map.copyOf(b.families);
    this.fetches = Map.copyOf(b.fetches);
    EnumSet<Capability> declared = EnumSet.noneOf(Capability.class);
    declared.addAll(families.keySet());
    if (submitLyrics != null) {
      declared.add(Capability.LYRICS);
    }
    if (submitMusic != null) {
      declared.add(Capability.MUSIC);
    }
    if (extend != null) {
      declared.add(Capability.EXTEND);
    }
    if (timestampedLyrics != null) {
      declared.add(Capability.TIMESTAMPED_LYRICS);
    }
    if (credits != null) {
      declared.add(Capability.CREDITS);
    }
    if (callbacks != null) {
      declared.add(Capability.CALLBACKS);
    }
    this.capabilities = Set.copyOf(declared);
  }

  /** Returns a builder with no operation declared. */
  public static <C> Builder<C> builder() {
    return new Builder<>();
  }

  /** The capabilities the declared operations give, and no other. */
  public Set<Capability> capabilities() {
    return capabilities;
  }

  /** Declares the operations; each may be declared once. */
  public static final class Builder<C> {
    private BiFunction<C, LyricsRequest, TaskId> submitLyrics;
    private BiFunction<C, TaskId, LyricsTask> fetchLyrics;
    private BiFunction<C, MusicRequest, TaskId> submitMusic;
    private BiFunction<C, TaskId, MusicTask> fetchMusic;
    private BiFunction<C, ExtendRequest, TaskId> extend;
    private TimestampedRead<C> timestampedLyrics;
    private Function<C, Credits> credits;
    private Function<C, CallbackPort> callbacks;
    private final Map<Capability, BiFunction<C, Object, Object>> families = new EnumMap<>(Capability.class);
    private final Map<Capability, BiFunction<C, TaskId, Object>> fetches = new EnumMap<>(Capability.class);

    private Builder() {}

    /** Covering uploaded audio ({@link Capability#UPLOAD_COVER}). */
    public Builder<C> uploadCover(BiFunction<C, UploadCoverRequest, TaskId> operation) {
      return family(Capability.UPLOAD_COVER, operation);
    }

    /** Extending uploaded audio ({@link Capability#UPLOAD_EXTEND}). */
    public Builder<C> uploadExtend(BiFunction<C, UploadExtendRequest, TaskId> operation) {
      return family(Capability.UPLOAD_EXTEND, operation);
    }

    /** Singing over an uploaded instrumental ({@link Capability#ADD_VOCALS}). */
    public Builder<C> addVocals(BiFunction<C, AddVocalsRequest, TaskId> operation) {
      return family(Capability.ADD_VOCALS, operation);
    }

    /** Accompanying uploaded vocals ({@link Capability#ADD_INSTRUMENTAL}). */
    public Builder<C> addInstrumental(BiFunction<C, AddInstrumentalRequest, TaskId> operation) {
      return family(Capability.ADD_INSTRUMENTAL, operation);
    }

    /** Replacing a section ({@link Capability#REPLACE_SECTION}). */
    public Builder<C> replaceSection(BiFunction<C, ReplaceSectionRequest, TaskId> operation) {
      return family(Capability.REPLACE_SECTION, operation);
    }

    /** Blending two uploads ({@link Capability#MASHUP}). */
    public Builder<C> mashup(BiFunction<C, MashupRequest, TaskId> operation) {
      return family(Capability.MASHUP, operation);
    }

    /** Generating sounds ({@link Capability#SOUNDS}). */
    public Builder<C> sounds(BiFunction<C, SoundsRequest, TaskId> operation) {
      return family(Capability.SOUNDS, operation);
    }

    /** Covering a track the provider made ({@link Capability#COVER}). */
    public Builder<C> cover(BiFunction<C, CoverRequest, TaskId> operation) {
      return family(Capability.COVER, operation);
    }

    /** Joining an extension chain ({@link Capability#CONCAT}). */
    public Builder<C> concat(BiFunction<C, TrackId, TaskId> operation) {
      return family(Capability.CONCAT, operation);
    }

    /** Uploading files ({@link Capability#FILE_UPLOAD}). */
    public Builder<C> upload(BiFunction<C, FileUpload, UploadedFile> operation) {
      return family(Capability.FILE_UPLOAD, operation);
    }

    /** Temporary download links ({@link Capability#DOWNLOAD_LINK}); needs {@link #upload}. */
    public Builder<C> downloadLink(BiFunction<C, URI, ResultLink> operation) {
      return family(Capability.DOWNLOAD_LINK, operation);
    }

    @SuppressWarnings("unchecked")
    private <Q, R> Builder<C> family(Capability capability, BiFunction<C, Q, R> operation) {
      Objects.requireNonNull(operation, capability + " == null");
      if (families.putIfAbsent(capability, (BiFunction<C, Object, Object>) operation) != null) {
        throw new IllegalStateException(capability + " is declared twice");
      }
      return this;
    }

    /** Lyrics: submit and fetch ({@link Capability#LYRICS}). */
    public Builder<C> lyrics(BiFunction<C, LyricsRequest, TaskId> submit, BiFunction<C, TaskId, LyricsTask> fetch) {
      this.submitLyrics = once(this.submitLyrics, submit, "lyrics");
      this.fetchLyrics = Objects.requireNonNull(fetch, "fetch == null");
      return this;
    }

    /** Music: submit and fetch ({@link Capability#MUSIC}). */
    public Builder<C> music(BiFunction<C, MusicRequest, TaskId> submit, BiFunction<C, TaskId, MusicTask> fetch) {
      this.submitMusic = once(this.submitMusic, submit, "music");
      this.fetchMusic = Objects.requireNonNull(fetch, "fetch == null");
      return this;
    }

    /** Extending a track ({@link Capability#EXTEND}); needs {@link #music}. */
    public Builder<C> extend(BiFunction<C, ExtendRequest, TaskId> extend) {
      this.extend = once(this.extend, extend, "extend");
      return this;
    }

    /** A track's timestamped lyrics ({@link Capability#TIMESTAMPED_LYRICS}); needs {@link #music}. */
    public Builder<C> timestampedLyrics(TimestampedRead<C> read) {
      this.timestampedLyrics = once(this.timestampedLyrics, read, "timestampedLyrics");
      return this;
    }

    /** The credit balance ({@link Capability#CREDITS}). */
    public Builder<C> credits(Function<C, Credits> credits) {
      this.credits = once(this.credits, credits, "credits");
      return this;
    }

    /** The client's callback parser ({@link Capability#CALLBACKS}). */
    public Builder<C> callbacks(Function<C, CallbackPort> callbacks) {
      this.callbacks = once(this.callbacks, callbacks, "callbacks");
      return this;
    }

    /** WAV conversion as a task ({@link Capability#WAV}). */
    public Builder<C> wav(BiFunction<C, WavRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<WavFile>> fetch) {
      return task(Capability.WAV, submit, fetch);
    }

    /** WAV conversion answered at once ({@link Capability#SYNCHRONOUS_WAV}). */
    public Builder<C> synchronousWav(BiFunction<C, WavRequest, WavFile> convert) {
      return family(Capability.SYNCHRONOUS_WAV, convert);
    }

    /** Stem separation ({@link Capability#STEMS}). */
    public Builder<C> stems(BiFunction<C, StemsRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<Stems>> fetch) {
      return task(Capability.STEMS, submit, fetch);
    }

    /** MIDI transcription ({@link Capability#MIDI}). */
    public Builder<C> midi(BiFunction<C, MidiRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<MidiTranscription>> fetch) {
      return task(Capability.MIDI, submit, fetch);
    }

    /** Music video ({@link Capability#VIDEO}). */
    public Builder<C> video(BiFunction<C, VideoRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<MusicVideo>> fetch) {
      return task(Capability.VIDEO, submit, fetch);
    }

    /** Cover image ({@link Capability#COVER_IMAGE}). */
    public Builder<C> coverImage(BiFunction<C, CoverImageRequest, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<CoverImages>> fetch) {
      return task(Capability.COVER_IMAGE, submit, fetch);
    }

    /** Persona creation ({@link Capability#PERSONA}). */
    public Builder<C> persona(BiFunction<C, PersonaRequest, Persona> create) {
      return family(Capability.PERSONA, create);
    }

    /** Style boost ({@link Capability#STYLE_BOOST}). */
    public Builder<C> styleBoost(BiFunction<C, String, BoostedStyle> boost) {
      return family(Capability.STYLE_BOOST, boost);
    }

    /**
     * Declares a group of operations at once, such as the derived outputs several clients of an adapter share:
     * {@code group} calls this builder's methods.
     */
    public Builder<C> include(Consumer<Builder<C>> group) {
      Objects.requireNonNull(group, "group == null").accept(this);
      return this;
    }

    @SuppressWarnings("unchecked")
    private <Q, R extends DerivedResult> Builder<C> task(Capability capability, BiFunction<C, Q, TaskId> submit,
        BiFunction<C, TaskId, DerivedTask<R>> fetch) {
      Objects.requireNonNull(fetch, capability + " fetch == null");
      family(capability, submit);
      fetches.put(capability, (BiFunction<C, TaskId, Object>) (BiFunction<C, TaskId, ?>) fetch);
      return this;
    }

    /**
     * Returns the declaration.
     *
     * @throws IllegalStateException if an operation of the music port is declared without music itself
     */
    public Operations<C> build() {
      if (submitMusic == null && (extend != null || timestampedLyrics != null)) {
        throw new IllegalStateException("extend and timestamped lyrics are music operations; declare music too");
      }
      if (families.containsKey(Capability.DOWNLOAD_LINK) && !families.containsKey(Capability.FILE_UPLOAD)) {
        throw new IllegalStateException("download links are a files operation; declare upload too");
      }
      return new Operations<>(this);
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
