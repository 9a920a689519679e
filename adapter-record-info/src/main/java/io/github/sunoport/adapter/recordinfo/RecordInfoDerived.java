package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.internal.DerivedMapper;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.DerivedRecord;
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
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.CoverImages;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The derived operations of a record-info family client (WAV, stems, MIDI, video, cover image, persona, style
 * boost): each a Retrofit call, checks before sending, and one answer mapper through the {@link Answers} seam.
 * Submits are written once, never retried; record reads are retried like every read.
 */
final class RecordInfoDerived {
  /** A style description longer than this is refused before sending; no provider documents a limit. */
  static final int MAX_STYLE_CONTENT = 1_000;

  private final RecordInfoDialect dialect;
  private final ProviderSettings settings;
  private final RecordInfoApi api;
  private final Supplier<Exchange> exchange;
  private final DerivedMapper mapper;
  private final RequestRules rules;
  private final AnswerMapper<Object, TaskId> created;
  private final AnswerMapper<Object, TaskId> coverCreated;
  private final AnswerMapper<TaskId, DerivedTask<WavFile>> wavTask;
  private final AnswerMapper<TaskId, DerivedTask<Stems>> stemsTask;
  private final AnswerMapper<TaskId, DerivedTask<MidiTranscription>> midiTask;
  private final AnswerMapper<TaskId, DerivedTask<MusicVideo>> videoTask;
  private final AnswerMapper<TaskId, DerivedTask<CoverImages>> coverTask;
  private final AnswerMapper<PersonaRequest, Persona> persona;
  private final AnswerMapper<Object, BoostedStyle> style;

  RecordInfoDerived(RecordInfoDialect dialect, ProviderSettings settings, Moshi moshi, RecordInfoApi api,
      Supplier<Exchange> exchange, DerivedMapper mapper) {
    this.dialect = dialect;
    this.settings = settings;
    this.api = api;
    this.exchange = exchange;
    this.mapper = mapper;
    this.rules = new RequestRules(dialect.id());
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    this.created = answers.of(envelope(moshi, TaskCreated.class), (none, e) -> taskIdOf(e));
    this.coverCreated = existingCoverOr(envelope(moshi, TaskCreated.class), created);
    JsonAdapter<Envelope<DerivedRecord>> records = envelope(moshi, DerivedRecord.class);
    this.wavTask = answers.of(records, (id, e) -> mapper.wavTaskFrom(id, data(e)));
    this.stemsTask = answers.of(records, (id, e) -> mapper.stemsTaskFrom(id, data(e)));
    this.midiTask = answers.of(records, (id, e) -> mapper.midiTaskFrom(id, data(e)));
    this.videoTask = answers.of(records, (id, e) -> mapper.videoTaskFrom(id, data(e)));
    this.coverTask = answers.of(records, (id, e) -> mapper.coverTaskFrom(id, data(e)));
    this.persona = answers.of(envelope(moshi, PersonaAnswer.class), (request, e) -> mapper.personaFrom(data(e),
        request));
    this.style = answers.of(envelope(moshi, StyleAnswer.class), (none, e) -> mapper.boostedStyleFrom(data(e)));
  }

  private static <D> JsonAdapter<Envelope<D>> envelope(Moshi moshi, Class<D> data) {
    return moshi.adapter(Types.newParameterizedType(Envelope.class, data));
  }

  private static <D> D data(Envelope<D> envelope) {
    return Answers.required(envelope.data(), "data");
  }

  private TaskId taskIdOf(Envelope<TaskCreated> e) {
    return new TaskId(dialect.id(), Answers.required(Answers.text(data(e).taskId()).orElse(null), "data.taskId"));
  }

  /**
   * Providers make one cover per music task; asking again answers code 400 (the page text) or 409 (the code list)
   * and, per the text, the existing cover task's id (https://docs.kie.ai/suno-api/cover-suno). With an id, that task
   * is the answer, since it is the cover asked for; without one, the code means what the error table says.
   */
  private AnswerMapper<Object, TaskId> existingCoverOr(JsonAdapter<Envelope<TaskCreated>> adapter,
      AnswerMapper<Object, TaskId> otherwise) {
    return (context, answer) -> existingCover(adapter, answer).orElseGet(() -> otherwise.read(context, answer));
  }

  private Optional<TaskId> existingCover(JsonAdapter<Envelope<TaskCreated>> adapter, Answer answer) {
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

  TaskId submitWav(WavRequest request) {
    owned(request.source());
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return exchange.get().write(api.submitWav(body), created, null);
  }

  DerivedTask<WavFile> fetchWav(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.wavRecord(value), wavTask, id);
  }

  TaskId submitStems(StemsRequest request) {
    owned(request.source());
    if (request.type() == SeparationType.ONE_INSTRUMENT && !dialect.separatesOneInstrument()) {
      throw rules.invalid("type", dialect.id() + " documents no ONE_INSTRUMENT separation (split_stem_advanced)");
    }
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return exchange.get().write(api.submitStems(body), created, null);
  }

  DerivedTask<Stems> fetchStems(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.stemsRecord(value), stemsTask, id);
  }

  TaskId submitMidi(MidiRequest request) {
    rules.owned(request.separation());
    request.stem().ifPresent(stem -> rules.owned(stem, "stem"));
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return exchange.get().write(api.submitMidi(body), created, null);
  }

  DerivedTask<MidiTranscription> fetchMidi(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.midiRecord(value), midiTask, id);
  }

  TaskId submitVideo(VideoRequest request) {
    owned(request.source());
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return exchange.get().write(api.submitVideo(body), created, null);
  }

  DerivedTask<MusicVideo> fetchVideo(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.videoRecord(value), videoTask, id);
  }

  TaskId submitCoverImage(CoverImageRequest request) {
    rules.owned(request.musicTask());
    var body = mapper.toWire(request, rules.callbackUrl(request.callbackUrl(), settings));
    return exchange.get().write(api.submitCover(body), coverCreated, null);
  }

  DerivedTask<CoverImages> fetchCoverImage(TaskId id) {
    String value = rules.owned(id);
    return exchange.get().read(() -> api.coverRecord(value), coverTask, id);
  }

  Persona createPersona(PersonaRequest request) {
    owned(request.source());
    return exchange.get().write(api.createPersona(mapper.toWire(request)), persona, request);
  }

  BoostedStyle boostStyle(String content) {
    if (content == null || content.isBlank()) {
      throw rules.invalid("content", "a style boost needs a short style description, such as \"Pop, Mysterious\"");
    }
    rules.maxLength(Optional.of(content), "content", MAX_STYLE_CONTENT, "for a style boost");
    return exchange.get().write(api.boostStyle(new StyleSubmit(content)), style, null);
  }
}
