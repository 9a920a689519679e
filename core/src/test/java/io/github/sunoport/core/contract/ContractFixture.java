package io.github.sunoport.core.contract;

import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.port.SunoClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract needs from an adapter's test: a client against a mock of the provider, and control of that mock
 * in provider-neutral terms. The mock's task timeline should be short but not zero (a few hundred milliseconds), so
 * that awaits see tasks move through their states.
 */
public interface ContractFixture extends AutoCloseable {
  /** The operations a fault can be forced on. */
  enum Operation {
    SUBMIT_LYRICS, FETCH_LYRICS, SUBMIT_MUSIC, EXTEND, FETCH_MUSIC, TIMESTAMPED_LYRICS, CREDITS,
    UPLOAD_COVER, UPLOAD_EXTEND, ADD_VOCALS, ADD_INSTRUMENTAL, REPLACE_SECTION, MASHUP, SOUNDS, FILE_UPLOAD,
    DOWNLOAD_LINK, COVER, WAV, SYNCHRONOUS_WAV, STEMS, MIDI, VIDEO, COVER_IMAGE, PERSONA, STYLE_BOOST
  }

  /** Faults the mock can answer with, in the provider's own wording and codes. */
  enum Fault { UNAUTHORIZED, INSUFFICIENT_CREDITS, RATE_LIMITED, HTTP_429_RETRY_AFTER, MAINTENANCE, SERVER_ERROR }

  /** Opens a client of the adapter against the mock, retrying reads under {@code retries}. */
  SunoClient open(RetryPolicy retries);

  /** Answers the next {@code times} calls of {@code operation} with {@code fault}. */
  void failNext(Operation operation, Fault fault, int times);

  /** Makes the next task created end in the provider's status word {@code fate}. */
  void nextTaskEndsIn(String fate);

  /** How many calls of {@code operation} reached the mock since the last {@link #reset()}. */
  long requestsTo(Operation operation);

  /** Forgets forced faults, fates and the request log. */
  void reset();

  /** The provider's documented lyrics example. */
  DocumentedLyrics documentedLyrics();

  /** The provider's documented music example, if it documents one. */
  Optional<DocumentedMusic> documentedMusic();

  /** Each status word a lyrics task can fail with, and the failure kind it stands for. */
  Map<String, FailureKind> lyricsFailures();

  /** Each status word a music task can fail with, and the failure kind it stands for. */
  Map<String, FailureKind> musicFailures();

  /**
   * Each status a derived task of {@code kind} can fail with, as the provider's record sends it (a word such as
   * {@code GENERATE_WAV_FAILED}, or a number such as MIDI's {@code 3}), and the failure kind it stands for; empty
   * where the provider has no such task. {@link #nextTaskEndsIn} takes these.
   */
  Map<String, FailureKind> derivedFailures(DerivedKind kind);

  /** How long the provider documents keeping the files a derived task of {@code kind} makes, if it says. */
  Optional<Duration> documentedLifetime(DerivedKind kind);

  /** How long the provider documents a temporary download link to work, if it offers them. */
  Optional<Duration> documentedDownloadLinkLifetime();

  /** Whether the provider separates one named instrument from a track ({@code ONE_INSTRUMENT}). */
  boolean separatesOneInstrument();

  /** Stops the mock. */
  @Override
  void close();
}
