package io.github.sunoport.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.adapter.recordinfo.internal.Envelope;
import io.github.sunoport.adapter.recordinfo.internal.RecordInfoMapper;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsRecord;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.MusicRecord;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.LyricsData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicDataJson;
import io.github.sunoport.adapter.support.Answer;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.adapter.support.TolerantText;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON bytes to domain task with no HTTP: the same seam an adapter's fetch goes through after the body has arrived
 * ({@link Answers}: open the envelope, check the body code, map). Reaches into the adapters' {@code internal} packages
 * for their wire records and mappers on purpose: benchmarks are not library code, and the module rules exempt this
 * module explicitly (see {@code ModuleArchitectureTest}).
 */
final class Mappings {
  /** No body code is an error in these benchmarks; the real tables only matter for failed answers. */
  private static final ErrorTable NO_ERRORS = (code, message) -> Optional.empty();

  private Mappings() {}

  /** A reusable mapping for {@code payload}: adapters and mapper are built once, as a client builds them. */
  static Function<byte[], Task> of(Payloads payload) {
    ProviderId provider = ProviderId.of(payload.provider);
    TaskId id = new TaskId(provider, payload.taskId);
    return switch (payload) {
      case KIE_LYRICS, SUNOAPI_ORG_LYRICS -> familyLyrics(provider, id);
      case KIE_MUSIC, SUNOAPI_ORG_MUSIC -> familyMusic(provider, id);
      case SUNOAPI_COM_LYRICS -> comLyrics(provider, id);
    };
  }

  private static Function<byte[], Task> familyLyrics(ProviderId provider, TaskId id) {
    Moshi moshi = new Moshi.Builder().add(TolerantText.ADAPTER).build();
    RecordInfoMapper mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    JsonAdapter<Envelope<LyricsRecord>> adapter =
        moshi.adapter(Types.newParameterizedType(Envelope.class, LyricsRecord.class));
    AnswerMapper<TaskId, Task> read = new Answers(provider, NO_ERRORS)
        .of(adapter, (task, e) -> mapper.lyricsTaskFrom(task, Answers.required(e.data(), "data")));
    return bytes -> read.read(id, answer(bytes));
  }

  private static Function<byte[], Task> familyMusic(ProviderId provider, TaskId id) {
    Moshi moshi = new Moshi.Builder().add(TolerantText.ADAPTER).build();
    RecordInfoMapper mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    JsonAdapter<Envelope<MusicRecord>> adapter =
        moshi.adapter(Types.newParameterizedType(Envelope.class, MusicRecord.class));
    AnswerMapper<TaskId, Task> read = new Answers(provider, NO_ERRORS)
        .of(adapter, (task, e) -> mapper.musicTaskFrom(task, Answers.required(e.data(), "data")));
    return bytes -> read.read(id, answer(bytes));
  }

  private static Function<byte[], Task> comLyrics(ProviderId provider, TaskId id) {
    Moshi moshi = new Moshi.Builder().add(new MusicDataJson()).add(TolerantText.ADAPTER).build();
    SunoApiComMapper mapper = new SunoApiComMapper(new RequestEchoes(moshi));
    JsonAdapter<SunoApiComWire.Envelope<LyricsData>> adapter = moshi.adapter(
        Types.newParameterizedTypeWithOwner(SunoApiComWire.class, SunoApiComWire.Envelope.class, LyricsData.class));
    AnswerMapper<TaskId, Task> read = new Answers(provider, NO_ERRORS).of(adapter,
        (task, e) -> mapper.lyricsTaskFrom(task, Answers.required(e.data(), "data"), e.message()));
    return bytes -> read.read(id, answer(bytes));
  }

  private static Answer answer(byte[] bytes) {
    return new Answer(200, bytes, Optional.empty());
  }
}
