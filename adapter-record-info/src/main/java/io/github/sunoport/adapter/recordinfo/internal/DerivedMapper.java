package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.DerivedStatuses.Status;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedCallback;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedCallbackData;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedRecord;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedResponse;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiData;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiInstrumentWire;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiNoteWire;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.OriginStem;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StemsInfo;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleAnswer;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MidiInstrument;
import io.github.sunoport.core.model.derived.MidiNote;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.StemPart;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.WavFile;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps the derived operations' answers and callbacks to the domain for kie.ai and sunoapi.org ({@link DerivedBodies}
 * writes their requests). Links get
 * the lifetime the provider documents for their kind, counted from the record's {@code completeTime} (or, for a
 * callback, from when it was received, which is when the provider finished).
 */
public final class DerivedMapper {
  /** Callback {@code code}s documented as failures of a derived task (400 bad input or failed, 451 download). */
  private static final List<Integer> GENERATION_FAILURES = List.of(400, 408, 451, 500, 501, 531);

  private final ProviderId provider;
  private final Function<DerivedKind, Optional<Duration>> retention;
  private final BiFunction<DerivedKind, DerivedRecord, Status> statusOf;

  /** Returns the mapper of {@code provider}, whose links of each kind live {@code retention} (empty: unknown). */
  public DerivedMapper(ProviderId provider, Function<DerivedKind, Optional<Duration>> retention) {
    this(provider, retention, (kind, r) -> DerivedStatuses.of(kind, r.successFlag() != null ? r.successFlag()
        : r.status()));
  }

  /** A mapper whose records' state is read by {@code statusOf} (kie.ai's Market states instead of the flags). */
  DerivedMapper(ProviderId provider, Function<DerivedKind, Optional<Duration>> retention,
      BiFunction<DerivedKind, DerivedRecord, Status> statusOf) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
    this.retention = Objects.requireNonNull(retention, "retention == null");
    this.statusOf = statusOf;
  }

  // ---- synchronous answers ----

  /** The persona answered; a name or description the provider does not echo is the request's. */
  public Persona personaFrom(PersonaAnswer answer, PersonaRequest request) {
    String id = Objects.requireNonNull(answer.personaId(), "data.personaId == null");
    return new Persona(provider, id, Optional.ofNullable(answer.name()).orElse(request.name()),
        Optional.ofNullable(answer.description()).orElse(request.description()));
  }

  /**
   * The boosted style. Only {@code successFlag} "1" carries a result; "0" (pending) has no documented way to be
   * fetched later and "2" is a failure, so both are refused as values that make no sense for a synchronous answer.
   */
  public BoostedStyle boostedStyleFrom(StyleAnswer answer) {
    String flag = Values.text(answer.successFlag()).orElse("");
    if (!flag.isEmpty() && !flag.equals("1")) {
      throw new IllegalArgumentException("style boost answered successFlag '" + flag + "' ("
          + (flag.equals("0") ? "pending, which cannot be fetched later" : "failed") + ")"
          + Optional.ofNullable(answer.errorMessage()).filter(m -> !m.isBlank()).map(m -> ": " + m).orElse(""));
    }
    String style = Objects.requireNonNull(answer.result(), "data.result == null");
    return new BoostedStyle(style, Values.decimal(answer.creditsConsumed()),
        Values.decimal(answer.creditsRemaining()));
  }

  // ---- records ----

  /** A WAV record. */
  public DerivedTask<WavFile> wavTaskFrom(TaskId id, DerivedRecord r) {
    return taskFrom(id, DerivedKind.WAV, r, (response, madeAt) -> link(response.audioWavUrl(), DerivedKind.WAV, madeAt)
        .map(l -> new WavFile(l, trackId(r.musicId()))));
  }

  /** A music-video record; sunoapi.org names the clip {@code audioId}, kie.ai {@code musicId}. */
  public DerivedTask<MusicVideo> videoTaskFrom(TaskId id, DerivedRecord r) {
    return taskFrom(id, DerivedKind.VIDEO, r, (response, madeAt) -> link(response.videoUrl(), DerivedKind.VIDEO,
        madeAt).map(l -> new MusicVideo(l, trackId(r.audioId()).or(() -> trackId(r.musicId())))));
  }

  /** A cover-image record. */
  public DerivedTask<CoverImages> coverTaskFrom(TaskId id, DerivedRecord r) {
    return taskFrom(id, DerivedKind.COVER_IMAGE, r, (response, madeAt) -> images(response.images(), madeAt));
  }

  /** A stem-separation record: the camelCase role links and {@code originData}. */
  public DerivedTask<Stems> stemsTaskFrom(TaskId id, DerivedRecord r) {
    return taskFrom(id, DerivedKind.STEMS, r, (p, madeAt) -> stems(new String[] {p.vocalUrl(), p.instrumentalUrl(),
        p.backingVocalsUrl(), p.drumsUrl(), p.bassUrl(), p.guitarUrl(), p.pianoUrl(), p.keyboardUrl(),
        p.percussionUrl(), p.stringsUrl(), p.synthUrl(), p.fxUrl(), p.brassUrl(), p.woodwindsUrl()},
        p.originData(), madeAt));
  }

  /** A MIDI record: notes under {@code midiData}, which is not inside {@code response}. */
  public DerivedTask<MidiTranscription> midiTaskFrom(TaskId id, DerivedRecord r) {
    DerivedRecord withMidi = new DerivedRecord(r.taskId(), r.musicId(), r.audioId(), r.parentTaskId(),
        r.completeTime(), r.createTime(), r.response() == null ? emptyResponse() : r.response(), r.midiData(),
        r.successFlag(), r.status(), r.errorCode(), r.errorMessage());
    return taskFrom(id, DerivedKind.MIDI, withMidi, (response, madeAt) -> midi(r.midiData()));
  }

  @FunctionalInterface
  private interface ResultReader<R> {
    Optional<R> read(DerivedResponse response, Optional<ProviderTimestamp> madeAt);
  }

  private <R extends DerivedResult> DerivedTask<R> taskFrom(
      TaskId id, DerivedKind kind, DerivedRecord r, ResultReader<R> reader) {
    Status status = statusOf.apply(kind, r);
    Optional<ProviderTimestamp> created = timestamp(r.createTime());
    Optional<ProviderTimestamp> completed = timestamp(r.completeTime());
    Optional<R> result = r.response() == null ? Optional.empty() : reader.read(r.response(), completed);
    if (status.state() == TaskState.SUCCEEDED && result.isEmpty()) {
      throw new IllegalArgumentException("a " + status.raw() + " " + kind + " record carries no usable result");
    }
    Optional<TaskFailure> failure = status.failure().map(k -> TaskFailure.of(k,
        Values.integer(r.errorCode()).orElse(null), r.errorMessage()));
    return new DerivedTask<>(id, kind, status.state(), status.raw(), result, failure,
        new TaskTimes(created, Optional.empty(), completed));
  }

  // ---- callbacks ----

  /**
   * The kind of a derived callback, told by which keys its body has, since a failure callback sends the result key
   * with a null value: {@code audioWavUrl}/{@code audio_wav_url} (WAV), {@code vocal_separation_info}/
   * {@code vocal_removal_info} (stems), {@code video_url} (video), {@code images} (cover image), and
   * {@code instruments}/{@code state} or a top-level {@code task_id} (MIDI). Empty for any other body.
   */
  public static Optional<DerivedKind> callbackKindOf(Map<?, ?> body) {
    Object data = body.get("data");
    Map<?, ?> fields = data instanceof Map<?, ?> map ? map : Map.of();
    if (fields.containsKey("audioWavUrl") || fields.containsKey("audio_wav_url")) {
      return Optional.of(DerivedKind.WAV);
    }
    if (fields.containsKey("vocal_separation_info") || fields.containsKey("vocal_removal_info")) {
      return Optional.of(DerivedKind.STEMS);
    }
    if (fields.containsKey("video_url")) {
      return Optional.of(DerivedKind.VIDEO);
    }
    if (fields.containsKey("images")) {
      return Optional.of(DerivedKind.COVER_IMAGE);
    }
    if (fields.containsKey("instruments") || fields.containsKey("state") || body.containsKey("task_id")) {
      return Optional.of(DerivedKind.MIDI);
    }
    return Optional.empty();
  }

  /** The task id of a derived callback: top-level {@code task_id} (MIDI), then {@code data.task_id}, {@code data.taskId}. */
  public static Optional<String> callbackTaskId(DerivedCallback body) {
    DerivedCallbackData data = body.data();
    return firstText(body.taskIdTop(), data == null ? null : data.taskIdSnake(), data == null ? null : data.taskId());
  }

  /**
   * Maps a derived callback of {@code kind}. Success is code 200 with the result present, or, for video, code 0
   * (kie.ai's callback schema) with a link; anything else is a failure.
   *
   * @throws IllegalArgumentException if a success code comes without a usable result
   */
  public CallbackEvent callbackEventFrom(TaskId task, DerivedKind kind, DerivedCallback body,
      ProviderTimestamp receivedAt) {
    int code = Objects.requireNonNull(body.code(), "code == null");
    String message = Optional.ofNullable(body.msg()).orElse("");
    DerivedCallbackData d = body.data();
    boolean success = code == 200 || (code == 0 && kind == DerivedKind.VIDEO);
    if (!success) {
      FailureKind failure = GENERATION_FAILURES.contains(code) ? FailureKind.GENERATION_FAILED : FailureKind.UNKNOWN;
      return CallbackEvent.derivedFailed(task, kind, TaskFailure.of(failure, code, message), code, message);
    }
    Optional<ProviderTimestamp> madeAt = Optional.of(receivedAt);
    Optional<? extends DerivedResult> result = d == null ? Optional.empty() : switch (kind) {
      case WAV -> link(firstText(d.audioWavUrl(), d.audioWavUrlSnake()).orElse(null), kind, madeAt)
          .map(WavFile::of);
      case VIDEO -> link(d.videoUrl(), kind, madeAt).map(MusicVideo::of);
      case COVER_IMAGE -> images(d.images(), madeAt);
      case STEMS -> Optional.ofNullable(d.vocalSeparationInfo()).or(() -> Optional.ofNullable(d.vocalRemovalInfo()))
          .flatMap(s -> stems(roleLinks(s), null, madeAt));
      case MIDI -> midi(new MidiData(d.state(), d.instruments()));
    };
    DerivedResult made = result.orElseThrow(() -> new IllegalArgumentException(
        "a " + kind + " callback with code " + code + " carries no usable result"));
    return CallbackEvent.derivedComplete(task, made, code, message);
  }

  private static String[] roleLinks(StemsInfo s) {
    return new String[] {s.vocalUrl(), s.instrumentalUrl(), s.backingVocalsUrl(), s.drumsUrl(), s.bassUrl(),
        s.guitarUrl(), s.pianoUrl(), s.keyboardUrl(), s.percussionUrl(), s.stringsUrl(), s.synthUrl(), s.fxUrl(),
        s.brassUrl(), s.woodwindsUrl()};
  }

  // ---- shared pieces ----

  /** Role links in the order of {@link #roleLinks}: the fourteen roles up to {@link StemRole#WOODWINDS}. */
  private Optional<Stems> stems(String[] urls, List<OriginStem> origin, Optional<ProviderTimestamp> madeAt) {
    Map<StemRole, ResultLink> links = new EnumMap<>(StemRole.class);
    StemRole[] roles = StemRole.values();
    for (int i = 0; i < urls.length; i++) {
      int role = i;
      link(urls[i], DerivedKind.STEMS, madeAt).ifPresent(l -> links.put(roles[role], l));
    }
    List<StemPart> parts = new ArrayList<>();
    for (OriginStem stem : origin == null ? List.<OriginStem>of() : origin) {
      if (stem == null || stem.id() == null || stem.id().isBlank()) {
        continue;
      }
      Optional<ResultLink> link = link(stem.audioUrl(), DerivedKind.STEMS, madeAt);
      if (link.isPresent()) {
        String name = Optional.ofNullable(stem.stemTypeGroupName()).orElse("");
        OptionalDouble seconds = Values.decimal(stem.duration()).map(d -> OptionalDouble.of(d.doubleValue()))
            .orElse(OptionalDouble.empty());
        parts.add(new StemPart(new TrackId(provider, stem.id()), name, StemRole.named(name), link.get(), seconds));
      }
    }
    return links.isEmpty() && parts.isEmpty() ? Optional.empty() : Optional.of(Stems.of(links, parts));
  }

  private Optional<CoverImages> images(List<String> urls, Optional<ProviderTimestamp> madeAt) {
    List<ResultLink> links = new ArrayList<>();
    for (String url : urls == null ? List.<String>of() : urls) {
      link(url, DerivedKind.COVER_IMAGE, madeAt).ifPresent(links::add);
    }
    return links.isEmpty() ? Optional.empty() : Optional.of(CoverImages.of(links));
  }

  /**
   * The notes of a MIDI result; a note lacking pitch, start or end is left out, and a velocity not sent counts as
   * full (1), as in every documented example. A state other than {@code complete} carries no result.
   */
  private static Optional<MidiTranscription> midi(MidiData data) {
    if (data == null || (data.state() != null && !data.state().equalsIgnoreCase("complete"))) {
      return Optional.empty();
    }
    List<MidiInstrument> instruments = new ArrayList<>();
    for (MidiInstrumentWire wire : data.instruments() == null ? List.<MidiInstrumentWire>of() : data.instruments()) {
      if (wire == null) {
        continue;
      }
      List<MidiNote> notes = new ArrayList<>();
      for (MidiNoteWire n : wire.notes() == null ? List.<MidiNoteWire>of() : wire.notes()) {
        Optional<Integer> pitch = n == null ? Optional.empty() : Values.integer(n.pitch());
        Optional<BigDecimal> start = n == null ? Optional.empty() : Values.decimal(n.start());
        Optional<BigDecimal> end = n == null ? Optional.empty() : Values.decimal(n.end());
        if (pitch.isPresent() && start.isPresent() && end.isPresent()) {
          double velocity = Values.decimal(n.velocity()).map(BigDecimal::doubleValue).orElse(1.0);
          notes.add(new MidiNote(pitch.get(), start.get().doubleValue(), end.get().doubleValue(), velocity));
        }
      }
      instruments.add(new MidiInstrument(Optional.ofNullable(wire.name()).orElse(""), notes));
    }
    return Optional.of(MidiTranscription.of(instruments));
  }

  /** A link of {@code kind}; null, blank or a URL that is not an absolute web URL gives empty. */
  private Optional<ResultLink> link(String url, DerivedKind kind, Optional<ProviderTimestamp> madeAt) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      return Optional.empty();
    }
    return Optional.of(retention.apply(kind).map(d -> ResultLink.keptFor(uri, d, madeAt))
        .orElseGet(() -> ResultLink.of(uri)));
  }

  private Optional<TrackId> trackId(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TrackId(provider, value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A time as text ("2025-01-01 00:10:00", ISO-8601) or as milliseconds since the epoch, number or digits. */
  static Optional<ProviderTimestamp> timestamp(Object value) {
    if (value instanceof String text && !text.isBlank() && !text.strip().chars().allMatch(Character::isDigit)) {
      return ProviderTimestamp.tryParse(text);
    }
    // Whole milliseconds from 2001 to 2286; anything else is not a time the providers send.
    return Values.decimal(value).filter(d -> d.signum() > 0 && d.compareTo(BigDecimal.valueOf(1e12)) >= 0
        && d.compareTo(BigDecimal.valueOf(1e13)) < 0).map(d -> ProviderTimestamp.ofEpochMillis(d.longValue()));
  }

  private static Optional<String> firstText(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static DerivedResponse emptyResponse() {
    return DerivedResponse.ofLinks(null, null, null);
  }
}
