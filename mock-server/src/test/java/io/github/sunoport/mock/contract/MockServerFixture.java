package io.github.sunoport.mock.contract;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.DocumentedLyrics;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs an adapter against this mock server for the shared contract; what differs per provider comes in a
 * {@link ProviderProfile}. Ships in the mock server's test-jar for the adapter modules.
 */
public final class MockServerFixture implements ContractFixture {
  private static final Map<Fault, String> FAULTS = Map.of(
      Fault.UNAUTHORIZED, "unauthorized",
      Fault.INSUFFICIENT_CREDITS, "credits",
      Fault.RATE_LIMITED, "rate-limited",
      Fault.HTTP_429_RETRY_AFTER, "http-429",
      Fault.MAINTENANCE, "maintenance",
      Fault.SERVER_ERROR, "server-error");

  /**
   * The mock's fate for each derived failure status that is not itself a fate name: the kind-specific "generate"
   * words, and the numbers of MIDI and cover records (2 creation failed, 3 generation failed).
   */
  private static final Map<String, String> DERIVED_FATES = Map.of(
      "GENERATE_WAV_FAILED", "GENERATE_AUDIO_FAILED",
      "GENERATE_MP4_FAILED", "GENERATE_AUDIO_FAILED",
      "GENERATE_COVER_FAILED", "GENERATE_AUDIO_FAILED",
      "2", "CREATE_TASK_FAILED",
      "3", "GENERATE_AUDIO_FAILED");

  private final ProviderProfile profile;
  private final MockServer server;

  /** Starts a mock whose tasks take 400 ms from creation to success. */
  public MockServerFixture(ProviderProfile profile) {
    this.profile = profile;
    this.server = MockServer.builder().port(0).timeline(Duration.ofMillis(400)).build().start();
  }

  @Override
  public SunoClient open(RetryPolicy retries) {
    return SunoProviders.open(profile.provider(), ProviderSettings.builder()
        .apiKey("contract-test-key")
        .baseUrl(server.baseUrl(profile.mockPrefix()))
        .retryPolicy(retries)
        .defaultCallbackUrl(URI.create("http://127.0.0.1:9/callback"))
        .build());
  }

  @Override
  public void failNext(Operation operation, Fault fault, int times) {
    server.admin().failNext(profile.mockPrefix(), profile.routes().get(operation), times, FAULTS.get(fault));
  }

  @Override
  public void nextTaskEndsIn(String fate) {
    server.admin().nextTaskFate(profile.mockPrefix(), DERIVED_FATES.getOrDefault(fate, fate));
  }

  /**
   * Counts requests by path: exact paths, or every id below a path that ends in {@code /}; a path written
   * {@code path#text} counts only the calls whose body holds {@code text}.
   */
  @Override
  public long requestsTo(Operation operation) {
    String path = profile.paths().get(operation);
    if (path == null) {
      return 0;
    }
    // "path#text": the calls to path whose body holds text (operations that share one path, as on kie.ai's Market).
    int hash = path.indexOf('#');
    String full = "/" + profile.mockPrefix() + "/" + (hash < 0 ? path : path.substring(0, hash));
    String bodyHolds = hash < 0 ? "" : path.substring(hash + 1);
    return server.admin().requests().stream()
        .filter(r -> r.path().equals(full) || (full.endsWith("/") && r.path().startsWith(full)))
        .filter(r -> r.body().contains(bodyHolds))
        .count();
  }

  @Override
  public void reset() {
    server.admin().reset();
  }

  @Override
  public DocumentedLyrics documentedLyrics() {
    return profile.lyrics();
  }

  @Override
  public Optional<DocumentedMusic> documentedMusic() {
    return profile.music();
  }

  @Override
  public Map<String, FailureKind> lyricsFailures() {
    return profile.lyricsFailures();
  }

  @Override
  public Map<String, FailureKind> musicFailures() {
    return profile.musicFailures();
  }

  @Override
  public Map<String, FailureKind> derivedFailures(DerivedKind kind) {
    return profile.derived().failures().getOrDefault(kind, Map.of());
  }

  @Override
  public Optional<Duration> documentedLifetime(DerivedKind kind) {
    return Optional.ofNullable(profile.derived().lifetimes().get(kind));
  }

  @Override
  public Optional<Duration> documentedDownloadLinkLifetime() {
    return profile.derived().downloadLinkLifetime();
  }

  @Override
  public boolean separatesOneInstrument() {
    return profile.derived().oneInstrument();
  }

  @Override
  public void close() {
    server.close();
  }
}
