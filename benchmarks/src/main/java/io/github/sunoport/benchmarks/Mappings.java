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
import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.adapter.support.Envelopes;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON bytes to domain task with no HTTP: the same steps an adapter's fetch takes after the body has arrived (open the
 * envelope, check the body code, map). Goes through the adapters' {@code internal} packages on purpose: benchmarks are
 * not library code, and there is no public seam between "body received" and "task returned".
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
    Moshi moshi = new Moshi.Builder().build();
    RecordInfoMapper mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    JsonAdapter<Envelope<LyricsRecord>> adapter =
        moshi.adapter(Types.newParameterizedType(Envelope.class, LyricsRecord.class));
    return bytes -> {
      Answer answer = answer(bytes);
      LyricsRecord data = Envelopes.required(Envelopes.open(answer, adapter, NO_ERRORS, provider).data(), "data",
          answer, provider);
      return JsonBodies.mapped(answer, provider, () -> mapper.lyricsTaskFrom(id, data));
    };
  }

  private static Function<byte[], Task> familyMusic(ProviderId provider, TaskId id) {
    Moshi moshi = new Moshi.Builder().build();
    RecordInfoMapper mapper = new RecordInfoMapper(new RequestEchoes(moshi));
    JsonAdapter<Envelope<MusicRecord>> adapter =
        moshi.adapter(Types.newParameterizedType(Envelope.class, MusicRecord.class));
    return bytes -> {
      Answer answer = answer(bytes);
      MusicRecord data = Envelopes.required(Envelopes.open(answer, adapter, NO_ERRORS, provider).data(), "data",
          answer, provider);
      return JsonBodies.mapped(answer, provider, () -> mapper.musicTaskFrom(id, data));
    };
  }

  private static Function<byte[], Task> comLyrics(ProviderId provider, TaskId id) {
    Moshi moshi = new Moshi.Builder().add(new MusicDataJson()).build();
    SunoApiComMapper mapper = new SunoApiComMapper(new RequestEchoes(moshi));
    JsonAdapter<SunoApiComWire.Envelope<LyricsData>> adapter = moshi.adapter(
        Types.newParameterizedTypeWithOwner(SunoApiComWire.class, SunoApiComWire.Envelope.class, LyricsData.class));
    return bytes -> {
      Answer answer = answer(bytes);
      SunoApiComWire.Envelope<LyricsData> envelope = Envelopes.open(answer, adapter, NO_ERRORS, provider);
      LyricsData data = Envelopes.required(envelope.data(), "data", answer, provider);
      return JsonBodies.mapped(answer, provider, () -> mapper.lyricsTaskFrom(id, data, envelope.message()));
    };
  }

  private static Answer answer(byte[] bytes) {
    return new Answer(200, bytes, Optional.empty());
  }
}
