package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a record-info family adapter against the mock server, for the shared contract. */
public final class RecordInfoMockFixture implements ContractFixture {
  /** The lyrics example both providers document. */
  public static final DocumentedLyrics LYRICS_EXAMPLE = new DocumentedLyrics(
      "11dc****8b0f", "钢铁侠", List.of("Verse"), "A song about peaceful night in the city");

  private static final Map<Operation, String> ROUTES = Map.of(
      Operation.SUBMIT_LYRICS, "lyrics",
      Operation.FETCH_LYRICS, "lyrics-record-info",
      Operation.SUBMIT_MUSIC, "generate",
      Operation.EXTEND, "extend",
      Operation.FETCH_MUSIC, "generate-record-info",
      Operation.TIMESTAMPED_LYRICS, "timestamped-lyrics",
      Operation.CREDITS, "credits");
  private static final Map<Fault, String> FAULTS = Map.of(
      Fault.UNAUTHORIZED, "unauthorized",
      Fault.INSUFFICIENT_CREDITS, "credits",
      Fault.RATE_LIMITED, "rate-limited",
      Fault.HTTP_429_RETRY_AFTER, "http-429",
      Fault.MAINTENANCE, "maintenance",
      Fault.SERVER_ERROR, "server-error");
  private static final Map<String, FailureKind> LYRICS_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_LYRICS_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);
  private static final Map<String, FailureKind> MUSIC_FAILURES = Map.of(
      "CREATE_TASK_FAILED", FailureKind.TASK_CREATION_FAILED,
      "GENERATE_AUDIO_FAILED", FailureKind.GENERATION_FAILED,
      "CALLBACK_EXCEPTION", FailureKind.CALLBACK_FAILED,
      "SENSITIVE_WORD_ERROR", FailureKind.CONTENT_REJECTED);
  private static final Map<Operation, String> PATHS = Map.of(
      Operation.SUBMIT_LYRICS, "api/v1/lyrics",
      Operation.FETCH_LYRICS, "api/v1/lyrics/record-info",
      Operation.SUBMIT_MUSIC, "api/v1/generate",
      Operation.EXTEND, "api/v1/generate/extend",
      Operation.FETCH_MUSIC, "api/v1/generate/record-info",
      Operation.TIMESTAMPED_LYRICS, "api/v1/generate/get-timestamped-lyrics");

  private final String provider;
  private final String creditsPath;
  private final DocumentedMusic music;
  private final MockServer server;

  /** Starts a mock whose tasks take 400 ms from creation to success. */
  public RecordInfoMockFixture(String provider, String creditsPath, DocumentedMusic music) {
    this.provider = provider;
    this.creditsPath = creditsPath;
    this.music = music;
    this.server = MockServer.builder().port(0).timeline(Duration.ofMillis(400)).build().start();
  }

  /** The running mock. */
  public MockServer server() {
    return server;
  }

  @Override
  public SunoClient open(RetryPolicy retries) {
    return SunoProviders.open(provider, ProviderSettings.builder()
        .apiKey("contract-test-key")
        .baseUrl(server.baseUrl(provider))
        .retryPolicy(retries)
        .defaultCallbackUrl(URI.create("http://127.0.0.1:9/callback"))
        .build());
  }

  @Override
  public void failNext(Operation operation, Fault fault, int times) {
    server.admin().failNext(provider, ROUTES.get(operation), times, FAULTS.get(fault));
  }

  @Override
  public void nextTaskEndsIn(String fate) {
    server.admin().nextTaskFate(provider, fate);
  }

  @Override
  public long requestsTo(Operation operation) {
    String path = "/" + provider + "/" + (operation == Operation.CREDITS ? creditsPath : PATHS.get(operation));
    return server.admin().requests().stream().filter(r -> r.path().equals(path)).count();
  }

  @Override
  public void reset() {
    server.admin().reset();
  }

  @Override
  public DocumentedLyrics documentedLyrics() {
    return LYRICS_EXAMPLE;
  }

  @Override
  public Optional<DocumentedMusic> documentedMusic() {
    return Optional.of(music);
  }

  @Override
  public Map<String, FailureKind> lyricsFailures() {
    return LYRICS_FAILURES;
  }

  @Override
  public Map<String, FailureKind> musicFailures() {
    return MUSIC_FAILURES;
  }

  @Override
  public void close() {
    server.close();
  }
}
