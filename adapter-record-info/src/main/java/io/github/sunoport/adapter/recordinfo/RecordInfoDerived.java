package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.DerivedBodies;
import io.github.sunoport.adapter.recordinfo.internal.DerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.CoverSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedRecord;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StemsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.VideoSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.WavSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleAnswer;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StyleSubmit;
import io.github.sunoport.adapter.recordinfo.internal.Envelope;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoApi;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TaskCreated;
import io.github.sunoport.adapter.support.Answer;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.Exchange;
import io.github.sunoport.adapter.support.Operations;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The derived operations of a record-info family client (WAV, stems, MIDI, video, cover image, persona, style
 * boost): checks before sending, the legacy bodies of {@link DerivedMapper}, and one answer mapper per kind through
 * the {@link Answers} seam. Where the calls go is the {@link Route}'s: kie.ai's and sunoapi.org's per-operation tree
 * ({@link #legacy}), or kie.ai's Market API, which renames the same bodies. Submits are written once, never retried;
 * record reads are retried like every read.
 */
final class RecordInfoDerived {
  /** A style description longer than this is refused before sending; no provider documents a limit. */
  static final int MAX_STYLE_CONTENT = 1_000;

  /** Where one route of the provider creates and reads derived tasks. */
  interface Route {
    /** The create call of a {@code kind} task with its legacy body. */
    Call<ResponseBody> create(DerivedKind kind, Object body);

    /** The record read of a {@code kind} task. */
    Call<ResponseBody> record(DerivedKind kind, String taskId);

    /** The synchronous persona call. */
    Call<ResponseBody> persona(PersonaSubmit body);

    /** The synchronous style boost. */
    Call<ResponseBody> style(StyleSubmit body);
  }

  /** How a route's answers are read: the created task, each kind's record, the persona and the boosted style. */
  record Readers(AnswerMapper<Object, TaskId> created, AnswerMapper<Object, TaskId> coverCreated,
      AnswerMapper<TaskId, DerivedTask<WavFile>> wav, AnswerMapper<TaskId, DerivedTask<Stems>> stems,
      AnswerMapper<TaskId, DerivedTask<MidiTranscription>> midi, AnswerMapper<TaskId, DerivedTask<MusicVideo>> video,
      AnswerMapper<TaskId, DerivedTask<CoverImages>> cover, AnswerMapper<PersonaRequest, Persona> persona,
      AnswerMapper<Object, BoostedStyle> style) {}

  /**
   * Declares the derived operations of a client whose {@link RecordInfoDerived} {@code derived} returns, for
   * {@link Operations.Builder#include}.
   */
  static <C> Consumer<Operations.Builder<C>> operations(Function<C, RecordInfoDerived> derived) {
    return builder -> builder
        .wav((c, r) -> derived.apply(c).submitWav(r), (c, id) -> derived.apply(c).fetch(id, DerivedKind.WAV))
        .stems((c, r) -> derived.apply(c).submitStems(r), (c, id) -> derived.apply(c).fetch(id, DerivedKind.STEMS))
        .midi((c, r) -> derived.apply(c).submitMidi(r), (c, id) -> derived.apply(c).fetch(id, DerivedKind.MIDI))
        .video((c, r) -> derived.apply(c).submitVideo(r), (c, id) -> derived.apply(c).fetch(id, DerivedKind.VIDEO))
        .coverImage((c, r) -> derived.apply(c).submitCoverImage(r),
            (c, id) -> derived.apply(c).fetch(id, DerivedKind.COVER_IMAGE))
        .persona((c, r) -> derived.apply(c).createPersona(r))
        .styleBoost((c, content) -> derived.apply(c).boostStyle(content));
  }

  private final RecordInfoDialect dialect;
  private final ProviderSettings settings;
  private final Supplier<Exchange> exchange;
  private final DerivedMapper mapper;
  private final RequestRules rules;
  private final boolean callbackRequired;
  private final Route route;
  private final Readers readers;

  /**
   * The operations of {@code dialect}'s provider through {@code route}; {@code callbackRequired} is false where a
   * task may be created without a callback URL (kie.ai's Market API), and is then polled.
   */
  RecordInfoDerived(RecordInfoDialect dialect, ProviderSettings settings, Supplier<Exchange> exchange,
      DerivedMapper mapper, boolean callbackRequired, Route route, Readers readers) {
    this.dialect = dialect;
    this.settings = settings;
    this.exchange = exchange;
    this.mapper = mapper;
    this.rules = new RequestRules(dialect.id());
    this.callbackRequired = callbackRequired;
    this.route = route;
    this.readers = readers;
  }

  /** The per-operation tree of kie.ai and sunoapi.org: a path per kind, the legacy envelope and records. */
  static RecordInfoDerived legacy(RecordInfoDialect dialect, ProviderSettings settings, Moshi moshi,
      RecordInfoApi api, Supplier<Exchange> exchange, DerivedMapper mapper) {
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    JsonAdapter<Envelope<TaskCreated>> createdAdapter = Envelopes.legacy(moshi, TaskCreated.class);
    AnswerMapper<Object, TaskId> created = answers.of(createdAdapter, (none, e) -> taskIdOf(dialect, e));
    JsonAdapter<Envelope<DerivedRecord>> records = Envelopes.legacy(moshi, DerivedRecord.class);
    Readers readers = new Readers(created, existingCoverOr(dialect, createdAdapter, created),
        answers.of(records, (id, e) -> mapper.wavTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.stemsTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.midiTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.videoTaskFrom(id, Envelopes.data(e))),
        answers.of(records, (id, e) -> mapper.coverTaskFrom(id, Envelopes.data(e))),
        answers.of(Envelopes.legacy(moshi, PersonaAnswer.class),
            (request, e) -> mapper.personaFrom(Envelopes.data(e), request)),
        answers.of(Envelopes.legacy(moshi, StyleAnswer.class),
            (none, e) -> mapper.boostedStyleFrom(Envelopes.data(e))));
    return new RecordInfoDerived(dialect, settings, exchange, mapper, true, new LegacyRoute(api), readers);
  }

  /** The legacy tree's paths, one create and one record-info per kind. */
  private record LegacyRoute(RecordInfoApi api) implements Route {
    @Override
    public Call<ResponseBody> create(DerivedKind kind, Object body) {
      return switch (kind) {
        case WAV -> api.submitWav((WavSubmit) body);
        case STEMS -> api.submitStems((StemsSubmit) body);
        case MIDI -> api.submitMidi((MidiSubmit) body);
        case VIDEO -> api.submitVideo((VideoSubmit) body);
        case COVER_IMAGE -> api.submitCover((CoverSubmit) body);
      };
    }

    @Override
    public Call<ResponseBody> record(DerivedKind kind, String taskId) {
      return switch (kind) {
        case WAV -> api.wavRecord(taskId);
        case STEMS -> api.stemsRecord(taskId);
        case MIDI -> api.midiRecord(taskId);
        case VIDEO -> api.videoRecord(taskId);
        case COVER_IMAGE -> api.coverRecord(taskId);
      };
    }

    @Override
    public Call<ResponseBody> persona(PersonaSubmit body) {
      return api.createPersona(body);
    }

    @Override
    public Call<ResponseBody> style(StyleSubmit body) {
      return api.boostStyle(body);
    }
  }

  private static TaskId taskIdOf(RecordInfoDialect dialect, Envelope<TaskCreated> e) {
    return Envelopes.createdTask(dialect.id(), Envelopes.data(e).taskId());
  }

  /**
   * Providers make one cover per music task; asking again answers code 400 (the page text) or 409 (the code list)
   * and, per the text, the existing cover task's id (https://docs.kie.ai/suno-api/cover-suno). With an id, that task
   * is the answer, since it is the cover asked for; without one, the code means what the error table says.
   */
  private static AnswerMapper<Object, TaskId> existingCoverOr(RecordInfoDialect dialect,
      JsonAdapter<Envelope<TaskCreated>> adapter, AnswerMapper<Object, TaskId> otherwise) {
    return (context, answer) -> existingCover(dialect, adapter, answer)
        .orElseGet(() -> otherwise.read(context, answer));
  }

  private static Optional<TaskId> existingCover(RecordInfoDialect dialect, JsonAdapter<Envelope<TaskCreated>> adapter,
      Answer answer) {
    if (answer.status() != 200 || answer.body().length == 0) {
      return Optional.empty();
    }
    try {
      Envelope<TaskCreated> e = adapter.fromJson(answer.text());
      if (e == null || e.code() == null || (e.code() != 400 && e.code() != 409) || e.data() == null) {
        return Optional.empty();
      }
      return Answers.text(e.data().taskId()).map(id -> new TaskId(dialect.id(), id));
    } catch (java.io.IOException | RuntimeException unreadable) {
      // Not the duplicate shape: the seam reads the answer and reports what is wrong with it.
      return Optional.empty();
    }
  }

  private void owned(SourceTrack source) {
    rules.owned(source.task());
    rules.owned(source.track(), "source.track");
  }

  private URI callbackUrl(Optional<URI> fromRequest) {
    return rules.callbackUrl(fromRequest, settings, callbackRequired);
  }

  private TaskId create(DerivedKind kind, Object body) {
    AnswerMapper<Object, TaskId> created = kind == DerivedKind.COVER_IMAGE ? readers.coverCreated()
        : readers.created();
    return exchange.get().write(route.create(kind, body), created, null);
  }

  /** Reads a {@code kind} task's record; the caller names the kind its result type stands for. */
  @SuppressWarnings("unchecked")
  <R extends DerivedResult> DerivedTask<R> fetch(TaskId id, DerivedKind kind) {
    String value = rules.owned(id);
    AnswerMapper<TaskId, ? extends DerivedTask<?>> reader = switch (kind) {
      case WAV -> readers.wav();
      case STEMS -> readers.stems();
      case MIDI -> readers.midi();
      case VIDEO -> readers.video();
      case COVER_IMAGE -> readers.cover();
    };
    return (DerivedTask<R>) exchange.get().read(() -> route.record(kind, value), reader, id);
  }

  TaskId submitWav(WavRequest request) {
    owned(request.source());
    return create(DerivedKind.WAV, DerivedBodies.toWire(request, callbackUrl(request.callbackUrl())));
  }

  TaskId submitStems(StemsRequest request) {
    owned(request.source());
    if (request.type() == SeparationType.ONE_INSTRUMENT && !dialect.separatesOneInstrument()) {
      throw rules.invalid("type", dialect.id() + " documents no ONE_INSTRUMENT separation (split_stem_advanced)");
    }
    return create(DerivedKind.STEMS, DerivedBodies.toWire(request, callbackUrl(request.callbackUrl())));
  }

  TaskId submitMidi(MidiRequest request) {
    rules.owned(request.separation());
    request.stem().ifPresent(stem -> rules.owned(stem, "stem"));
    return create(DerivedKind.MIDI, DerivedBodies.toWire(request, callbackUrl(request.callbackUrl())));
  }

  TaskId submitVideo(VideoRequest request) {
    owned(request.source());
    return create(DerivedKind.VIDEO, DerivedBodies.toWire(request, callbackUrl(request.callbackUrl())));
  }

  TaskId submitCoverImage(CoverImageRequest request) {
    rules.owned(request.musicTask());
    return create(DerivedKind.COVER_IMAGE, DerivedBodies.toWire(request, callbackUrl(request.callbackUrl())));
  }

  Persona createPersona(PersonaRequest request) {
    owned(request.source());
    return exchange.get().write(route.persona(DerivedBodies.toWire(request)), readers.persona(), request);
  }

  BoostedStyle boostStyle(String content) {
    if (content == null || content.isBlank()) {
      throw rules.invalid("content", "a style boost needs a short style description, such as \"Pop, Mysterious\"");
    }
    rules.maxLength(Optional.of(content), "content", MAX_STYLE_CONTENT, "for a style boost");
    return exchange.get().write(route.style(new StyleSubmit(content)), readers.style(), null);
  }
}
