package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.Credits;
import io.github.sunoport.core.model.TaskId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the client reads answers that are not the documented success: odd data, missing parts, errors. */
class RecordInfoAnswersTest {
  private static final TaskId MUSIC = new TaskId(TestDialect.ID, "5c79****be8e");

  private final List<Duration> slept = new ArrayList<>();
  private ProviderHarness harness;
  private RecordInfoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = RecordInfoClient.open(new TestDialect(), harness.settings().build(), slept::add);
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  @Test
  void a_track_with_every_field_null_is_a_protocol_exception_carrying_the_answer() {
    // given
    harness.answer(ProviderHarness.resource("record-info/music-track-all-null.json"));

    // when / then
    assertThatThrownBy(() -> client.music().fetch(MUSIC)).isInstanceOfSatisfying(ProtocolException.class, e -> {
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.bodyStart()).contains("sunoData");
    });
    assertThat(harness.requestCount()).isEqualTo(1);
  }

  @Test
  void a_success_without_data_is_a_protocol_exception_naming_data() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":null}");

    assertThatThrownBy(() -> client.music().fetch(MUSIC)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("data");
  }

  @Test
  void a_create_answer_without_task_id_is_a_protocol_exception_and_is_not_resent() {
    // given
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"  \"}}");
    harness.answerTaskCreated("second");

    // when / then
    assertThatThrownBy(() -> client.lyrics().submit("rain")).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("data.taskId");
    assertThat(harness.requestCount()).isEqualTo(1);
  }

  @Test
  void a_create_answer_with_an_impossible_task_id_is_a_protocol_exception() {
    harness.answerTaskCreated("has white space");

    assertThatThrownBy(() -> client.lyrics().submit("rain")).isInstanceOf(ProtocolException.class);
  }

  @Test
  void a_failed_music_record_is_returned_not_thrown() {
    harness.answer(ProviderHarness.resource("record-info/music-failed.json"));

    assertThat(client.music().fetch(MUSIC).failure()).isPresent();
  }

  @Test
  void a_body_code_401_on_fetch_is_an_authentication_failure_without_retry() {
    harness.answer("{\"code\":401,\"msg\":\"You do not have access permissions\"}");

    assertThatThrownBy(() -> client.music().fetch(MUSIC)).isInstanceOf(AuthenticationException.class);
    assertThat(harness.requestCount()).isEqualTo(1);
  }

  @Test
  void a_fetch_is_retried_after_a_server_error() {
    // given
    harness.answer(500, "{\"code\":500,\"msg\":\"Server Error\"}");
    harness.answer(ProviderHarness.resource("record-info/music-failed.json"));

    // when
    client.music().fetch(MUSIC);

    // then
    assertThat(harness.requestCount()).isEqualTo(2);
    assertThat(slept).containsExactly(Duration.ofMillis(1));
  }

  @Test
  void an_unknown_code_falls_back_to_its_http_meaning() {
    harness.answer("{\"code\":404,\"msg\":\"not found\"}");

    assertThatThrownBy(() -> client.lyrics().fetch(MUSIC)).isInstanceOf(TaskNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"lots\"", "{\"credits\":5}", "[100]", "true"})
  void credits_that_are_not_a_number_are_a_protocol_exception(String data) {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":" + data + "}");

    assertThatThrownBy(() -> client.account().credits()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("numeric");
  }

  @Test
  void credits_read_the_number_in_data() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":738.0}");

    Credits credits = client.account().credits();

    assertThat(credits.remaining()).isEqualByComparingTo("738");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "{\"code\":200,\"data\":", "<html>oops</html>", "[]"})
  void an_unreadable_success_answer_is_always_a_suno_exception(String body) {
    harness.answer(body);

    assertThatThrownBy(() -> client.lyrics().fetch(MUSIC)).isInstanceOf(SunoException.class)
        .isInstanceOf(ProtocolException.class);
  }
}
