package io.github.sunoport.adapter.sunoapicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sunoapi.com's synchronous WAV (https://docs.sunoapi.com/wav), and the derived outputs it does not offer. */
class SunoApiComWavTest {
  private static final SourceTrack CLIP = SourceTrack.of(TaskId.of("sunoapi-com", "51bc6dd0"),
      TrackId.of("sunoapi-com", "8ce9770b-ec3b-4029-a3e3-4b8db20da7d1"));

  @RegisterExtension
  final ComServer com = new ComServer();

  @Test
  void posts_the_clip_id_once_and_reads_the_documented_answer() throws Exception {
    com.answer(Fixtures.json("wav-success.json"));

    WavFile wav = com.client().derived().convertToWavNow(WavRequest.of(CLIP));

    RecordedRequest request = com.taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/wav");
    Map<String, Object> body = new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(request.getBody().readUtf8());
    assertThat(body).containsExactly(entry("clip_id", "8ce9770b-ec3b-4029-a3e3-4b8db20da7d1"));
    assertThat(wav.link().url()).isEqualTo(URI.create("https://cdn1.suno.ai/8ce9770b-ec3b-4029-a3e3-4b8db20da7d1.wav"));
    assertThat(wav.link().expiresAt()).as("sunoapi.com documents no lifetime").isEmpty();
    assertThat(wav.source()).contains(CLIP.track());
  }

  @Test
  void an_answer_without_a_usable_link_is_a_protocol_error() {
    com.answer(new MockResponse().setBody("{\"message\":\"success\",\"data\":{\"wav_url\":null}}"),
        new MockResponse().setBody("{\"message\":\"success\",\"data\":{\"wav_url\":\"ftp://x/a.wav\"}}"));

    assertThatThrownBy(() -> com.client().derived().convertToWavNow(WavRequest.of(CLIP)))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("wav_url");
    assertThatThrownBy(() -> com.client().derived().convertToWavNow(WavRequest.of(CLIP)))
        .isInstanceOf(ProtocolException.class);
    assertThat(com.requestCount()).as("each sent once").isEqualTo(2);
  }

  @Test
  void a_clip_of_another_provider_is_refused_before_sending() {
    SourceTrack foreign = SourceTrack.of(TaskId.of("kie", "t"), TrackId.of("kie", "c"));

    assertThatThrownBy(() -> com.client().derived().convertToWavNow(WavRequest.of(foreign)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("source.track");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void derived_outputs_sunoapi_com_does_not_document_are_refused_before_sending() {
    assertThatThrownBy(() -> com.client().derived().submitWav(WavRequest.of(CLIP)))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("derived().submitWav");
    assertThatThrownBy(() -> com.client().styling()).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(com.requestCount()).isZero();
    assertThat(Optional.of(com.client().capabilities()).orElseThrow()).doesNotContain(
        io.github.sunoport.core.model.Capability.MIDI, io.github.sunoport.core.model.Capability.VIDEO);
  }
}
