package io.github.sunoport.adapter.kie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.adapter.recordinfo.CallbackReceiver;
import io.github.sunoport.adapter.recordinfo.CallbackReceiver.Delivery;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Market callbacks end to end: the mock (kie profile, market dialect) signs and delivers one callback when a task
 * ends, a JDK receiver takes it, and {@code kie-market} verifies and parses it into what polling returns.
 */
class KieMarketCallbackEndToEndTest {
  private static final String WEBHOOK_KEY = "kie-market-e2e-webhook-key";
  private MockServer server;
  private CallbackReceiver receiver;
  private SunoClient client;

  @BeforeEach
  void start() {
    server = MockServer.builder().timeline(Duration.ofMillis(300)).webhookKey(WEBHOOK_KEY).build().start();
    receiver = CallbackReceiver.start();
    client = open(WEBHOOK_KEY);
  }

  private SunoClient open(String webhookKey) {
    return SunoProviders.open("kie-market", ProviderSettings.builder().apiKey("e2e-key")
        .baseUrl(server.baseUrl("kie")).webhookKey(webhookKey).build());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.close();
    server.close();
  }

  private CallbackEvent parse(Delivery delivery) {
    return client.callbacks().parse(delivery.body(), delivery.headers());
  }

  @Test
  void a_music_task_sends_one_signed_complete_callback_whose_tracks_match_polling() {
    TaskId id = client.music().submit(MusicRequest.describe("A calm piano track").callbackUrl(receiver.url())
        .build());

    CallbackEvent event = parse(receiver.next());
    MusicTask polled = client.music().fetch(id);

    assertThat(event.task()).isEqualTo(id);
    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(polled.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(event.tracks()).hasSize(2).isEqualTo(polled.tracks());
  }

  @Test
  void music_from_audio_is_called_back_signed_with_its_operation_and_the_songs_polling_returns() {
    java.net.URI upload = client.files().upload(io.github.sunoport.core.model.FileUpload.fromBytes(new byte[] {1, 2},
        "a.mp3")).url();
    TaskId cover = client.audio().uploadCover(io.github.sunoport.core.model.UploadCoverRequest
        .customInstrumental(upload, "Cover", "jazz").model(io.github.sunoport.core.model.SunoModel.V6)
        .callbackUrl(receiver.url()).build());
    TaskId sounds = client.audio().sounds(io.github.sunoport.core.model.SoundsRequest
        .of("rain", io.github.sunoport.core.model.SunoModel.V6_MINI).withCallbackUrl(receiver.url()));

    java.util.Map<TaskId, CallbackEvent> events = new java.util.HashMap<>();
    for (Delivery delivery : receiver.next(2)) {
      CallbackEvent event = parse(delivery);
      events.put(event.task(), event);
    }
    MusicTask coverPolled = client.music().fetch(cover);
    MusicTask soundsPolled = client.music().fetch(sounds);

    assertThat(coverPolled.operation()).isEqualTo(io.github.sunoport.core.model.MusicOperation.UPLOAD_COVER);
    assertThat(soundsPolled.operation()).isEqualTo(io.github.sunoport.core.model.MusicOperation.SOUNDS);
    assertThat(events.get(cover).tracks()).hasSize(2).isEqualTo(coverPolled.tracks());
    assertThat(events.get(sounds).tracks()).hasSize(2).isEqualTo(soundsPolled.tracks());
  }

  @Test
  void a_lyrics_task_sends_variants_equal_to_polling() {
    TaskId id = client.lyrics().submit(LyricsRequest.of("a lighthouse").withCallbackUrl(receiver.url()));

    CallbackEvent event = parse(receiver.next());
    LyricsTask polled = client.lyrics().fetch(id);

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.variants()).hasSize(2).isEqualTo(polled.variants());
  }

  @Test
  void a_failed_task_sends_an_error_with_the_failure_polling_reports() {
    server.admin().nextTaskFate("kie", "SENSITIVE_WORD_ERROR");
    TaskId id = client.music().submit(MusicRequest.describe("A calm piano track").callbackUrl(receiver.url())
        .build());

    CallbackEvent event = parse(receiver.next());
    MusicTask polled = client.music().fetch(id);

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.failure()).isEqualTo(polled.failure());
    assertThat(event.failure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.CONTENT_REJECTED));
  }

  @Test
  void a_callback_signed_with_another_key_is_refused() {
    client.music().submit(MusicRequest.describe("A calm piano track").callbackUrl(receiver.url()).build());
    Delivery delivery = receiver.next();

    try (SunoClient other = open("another-key")) {
      assertThatThrownBy(() -> other.callbacks().parse(delivery.body(), delivery.headers()))
          .isInstanceOf(InvalidCallbackException.class).hasMessageNotContaining("another-key");
    }
  }
}
