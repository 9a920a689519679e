package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.port.SunoClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests the provider would refuse are refused before anything is sent. */
class RecordInfoValidationTest {
  private ProviderHarness harness;
  private RecordInfoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = RecordInfoClient.open(new TestDialect(), harness.settings().build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private static String text(int length) {
    return "x".repeat(length);
  }

  private static Arguments tooLong(String name, String field, int limit, Consumer<SunoClient> call) {
    return Arguments.of(name, field, limit, call);
  }

  static Stream<Arguments> texts_over_the_limit() {
    return Stream.of(
        tooLong("lyrics prompt", "prompt", 200, c -> c.lyrics().submit(text(201))),
        tooLong("description", "prompt", 500, c -> c.music().submit(MusicRequest.describe(text(501)).build())),
        tooLong("custom lyrics V4", "prompt", 3000, c -> c.music().submit(
            MusicRequest.custom("t", "s", text(3001)).model(SunoModel.V4).build())),
        tooLong("custom lyrics V3_5", "prompt", 3000, c -> c.music().submit(
            MusicRequest.custom("t", "s", text(3001)).model(SunoModel.V3_5).build())),
        tooLong("custom lyrics V5", "prompt", 5000, c -> c.music().submit(
            MusicRequest.custom("t", "s", text(5001)).model(SunoModel.V5).build())),
        tooLong("style V4", "style", 200, c -> c.music().submit(
            MusicRequest.customInstrumental("t", text(201)).model(SunoModel.V4).build())),
        tooLong("style V4_5", "style", 1000, c -> c.music().submit(
            MusicRequest.customInstrumental("t", text(1001)).model(SunoModel.V4_5).build())),
        tooLong("title V4", "title", 80, c -> c.music().submit(
            MusicRequest.customInstrumental(text(81), "s").model(SunoModel.V4).build())),
        tooLong("title V5", "title", 100, c -> c.music().submit(
            MusicRequest.customInstrumental(text(101), "s").model(SunoModel.V5).build())),
        tooLong("extend lyrics V4", "prompt", 3000, c -> c.music().extend(ExtendRequest.overriding(
            new TrackId(TestDialect.ID, "a"), Duration.ofSeconds(1), text(3001), "s", "t", SunoModel.V4))),
        tooLong("extend style V4", "style", 200, c -> c.music().extend(ExtendRequest.overriding(
            new TrackId(TestDialect.ID, "a"), Duration.ofSeconds(1), "p", text(201), "t", SunoModel.V4))),
        tooLong("extend title V4", "title", 80, c -> c.music().extend(ExtendRequest.overriding(
            new TrackId(TestDialect.ID, "a"), Duration.ofSeconds(1), "p", "s", text(81), SunoModel.V4))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts_over_the_limit")
  void a_text_over_the_limit_is_refused_naming_field_and_limit_without_a_call(
      String name, String field, int limit, Consumer<SunoClient> call) {
    assertThatThrownBy(() -> call.accept(client)).isInstanceOfSatisfying(PromptTooLongException.class, e -> {
      assertThat(e.field()).contains(field);
      assertThat(e.limit()).hasValue(limit);
      assertThat(e.provider()).contains(TestDialect.ID);
    });
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void texts_exactly_at_the_limits_are_sent() {
    // given
    harness.answerTaskCreated("t1");
    harness.answerTaskCreated("t2");

    // when
    client.lyrics().submit("🎵".repeat(200));
    client.music().submit(MusicRequest.custom(text(100), text(1000), text(5000)).model(SunoModel.V5).build());

    // then
    assertThat(harness.requestCount()).isEqualTo(2);
  }

  @Test
  void a_model_the_provider_does_not_offer_is_refused_without_a_call() {
    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("x").model(SunoModel.V5_5).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("model"))
        .hasMessageContaining("V5_5");
    assertThatThrownBy(() -> client.music().extend(ExtendRequest.keepingSource(new TrackId(TestDialect.ID, "a"), SunoModel.V5_5)))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void extend_without_a_model_is_refused_without_a_call() {
    ExtendRequest noModel = new ExtendRequest(new TrackId(TestDialect.ID, "e231"), Optional.empty(), true, Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.empty(), Tuning.none(), Optional.empty());

    assertThatThrownBy(() -> client.music().extend(noModel))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("model"));
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_missing_callback_url_without_a_default_is_refused_without_a_call() {
    // given
    try (RecordInfoClient noDefault = RecordInfoClient.open(new TestDialect(),
        harness.settings().defaultCallbackUrl(null).build())) {

      // when / then
      assertThatThrownBy(() -> noDefault.lyrics().submit("rain"))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("callbackUrl"));
      assertThatThrownBy(() -> noDefault.music().submit(MusicRequest.describe("rain").build()))
          .isInstanceOf(InvalidRequestException.class);
      assertThatThrownBy(() -> noDefault.music().extend(ExtendRequest.keepingSource(new TrackId(TestDialect.ID, "a"), SunoModel.V4)))
          .isInstanceOf(InvalidRequestException.class);
    }
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_task_of_another_provider_is_refused_without_a_call() {
    TaskId foreign = TaskId.of("sunoapi-com", "abc");

    assertThatThrownBy(() -> client.lyrics().fetch(foreign)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> client.music().fetch(foreign)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> client.music().timestampedLyrics(foreign, new TrackId(TestDialect.ID, "t")))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> client.music().extend(ExtendRequest.keepingSource(TrackId.of("sunoapi-com", "t"),
        SunoModel.V4_5))).isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.field()).contains("parentTrack"));
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void timestamped_lyrics_of_a_foreign_or_missing_track_are_refused_without_a_call() {
    TaskId task = new TaskId(TestDialect.ID, "abc");

    assertThatThrownBy(() -> client.music().timestampedLyrics(task, TrackId.of("sunoapi-com", "t")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("track"));
    assertThatThrownBy(() -> client.music().timestampedLyrics(task, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("track == null");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_request_callback_url_saves_a_client_without_default() {
    // given
    harness.answerTaskCreated("t1");
    try (RecordInfoClient noDefault = RecordInfoClient.open(new TestDialect(),
        harness.settings().defaultCallbackUrl(null).build())) {

      // when
      noDefault.lyrics().submit(LyricsRequest.of("rain").withCallbackUrl(java.net.URI.create("https://a.example/")));
    }

    // then
    assertThat(harness.requestCount()).isEqualTo(1);
  }
}
