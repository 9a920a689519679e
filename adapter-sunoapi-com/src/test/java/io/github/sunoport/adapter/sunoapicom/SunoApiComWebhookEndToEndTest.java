package io.github.sunoport.adapter.sunoapicom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.callback.CallbackDeduplicator;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sunoapi.com end to end against the mock: music with a webhook URL, the signed webhook received on loopback and
 * verified with {@code X-Signature}, equal to the polled task; then the track converted to WAV at once.
 */
class SunoApiComWebhookEndToEndTest {
  private static final String KEY = "com-e2e-webhook-key";

  private record Received(byte[] body, Map<String, List<String>> headers) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private MockServer server;
  private HttpServer receiver;
  private SunoClient client;

  @BeforeEach
  void start() throws IOException {
    server = MockServer.builder().timeline(Duration.ofMillis(300)).webhookKey(KEY).build().start();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      received.add(new Received(exchange.getRequestBody().readAllBytes(), Map.copyOf(exchange.getRequestHeaders())));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
    client = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("e2e")
        .baseUrl(server.baseUrl("sunoapi-com")).webhookKey(KEY).build());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.stop(0);
    server.close();
  }

  @Test
  void a_signed_webhook_arrives_parses_verified_and_matches_the_polled_task() throws Exception {
    URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

    TaskId id = client.music().submit(MusicRequest.describe("a calm piano piece").callbackUrl(hook).build());
    MusicTask polled = TaskAwaiter.create().await(client.music()::fetch, id, AwaitOptions.until(TaskState.SUCCEEDED)
        .withTimeout(Duration.ofSeconds(30)).withIntervals(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofMillis(10)));
    Received webhook = received.poll(20, TimeUnit.SECONDS);
    CallbackEvent event = client.callbacks().parse(webhook.body(), webhook.headers());
    WavFile wav = client.derived().convertToWavNow(WavRequest.of(SourceTrack.of(id, polled.tracks().get(0).id())));

    assertThat(new String(webhook.body(), UTF_8)).contains(id.value());
    assertThat(event.task()).isEqualTo(id);
    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.tracks()).extracting(Track::id).isEqualTo(polled.tracks().stream().map(Track::id).toList());
    assertThat(CallbackDeduplicator.create().firstDelivery(event)).isTrue();
    assertThat(wav.link().url().toString()).endsWith(polled.tracks().get(0).id().value() + ".wav");
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("one webhook per task").isNull();
  }

  @Test
  void a_separation_is_awaited_and_its_signed_webhook_is_a_stems_event_equal_to_the_poll() throws Exception {
    URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    AwaitOptions options = AwaitOptions.until(TaskState.SUCCEEDED).withTimeout(Duration.ofSeconds(30))
        .withIntervals(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(10));
    TaskId music = client.music().submit(MusicRequest.describe("a calm piano piece").build());
    MusicTask song = TaskAwaiter.create().await(client.music()::fetch, music, options);

    TaskId id = client.derived().submitStems(StemsRequest.of(SourceTrack.of(music, song.tracks().get(0).id()),
        SeparationType.TWELVE_STEMS).withCallbackUrl(hook));
    DerivedTask<Stems> polled = TaskAwaiter.create().await(client.derived()::fetchStems, id, options);
    Received webhook = received.poll(20, TimeUnit.SECONDS);
    CallbackEvent event = client.callbacks().parse(webhook.body(), webhook.headers());

    assertThat(polled.result()).hasValueSatisfying(s -> assertThat(s.type()).isEqualTo(SeparationType.TWELVE_STEMS));
    assertThat(event.task()).isEqualTo(id);
    assertThat(event.derivedKind()).contains(DerivedKind.STEMS);
    assertThat(event.derived(Stems.class)).isEqualTo(polled.result());
    assertThat(CallbackDeduplicator.create().firstDelivery(event)).isTrue();
  }
}
