package io.github.sunoport.core.ledger;

import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task as it was submitted: what a ledger records before the first state is seen.
 *
 * @param id the task's id and the provider that owns it
 * @param operation what the task does, in lower-case words joined by {@code -} or {@code .} ({@code lyrics},
 *     {@code music.generate}, {@code stems.separate}); at most {@value #MAX_OPERATION_LENGTH} characters
 * @param sourceTrack for derived work (extend, WAV, stems, video...), the track it was made from
 * @param submittedAt when it was submitted; kept to the microsecond, the precision SQL databases store
 * @param requestHash a SHA-256 of the request in lower-case hex (see {@link #hashOf(Object)}), so an app can tell
 *     whether it already paid for the same request
 */
public record SubmittedTask(
    TaskId id, String operation, Optional<TrackId> sourceTrack, Instant submittedAt, String requestHash) {
  /** The longest operation name accepted. */
  public static final int MAX_OPERATION_LENGTH = 60;

  private static final Pattern OPERATION = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks every component and truncates {@code submittedAt} to microseconds.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the operation or the hash is not shaped as described above
   */
  public SubmittedTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(operation, "operation == null");
    if (operation.length() > MAX_OPERATION_LENGTH || !OPERATION.matcher(operation).matches()) {
      throw new IllegalArgumentException("operation must be lower-case words joined by '-' or '.', at most "
          + MAX_OPERATION_LENGTH + " characters: '" + Ledgers.shorten(operation) + "'");
    }
    Objects.requireNonNull(sourceTrack, "sourceTrack == null");
    submittedAt = Objects.requireNonNull(submittedAt, "submittedAt == null").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(requestHash, "requestHash == null");
    if (!SHA256_HEX.matcher(requestHash).matches()) {
      throw new IllegalArgumentException("requestHash must be 64 lower-case hex digits (SHA-256): '"
          + Ledgers.shorten(requestHash) + "'");
    }
  }

  /** Returns a new task (no source track) whose hash is {@link #hashOf(Object) hashOf(request)}. */
  public static SubmittedTask of(TaskId id, String operation, Object request, Instant submittedAt) {
    return new SubmittedTask(id, operation, Optional.empty(), submittedAt, hashOf(request));
  }

  /** Returns derived work made from {@code source}, whose hash is {@link #hashOf(Object) hashOf(request)}. */
  public static SubmittedTask derived(
      TaskId id, String operation, TrackId source, Object request, Instant submittedAt) {
    Objects.requireNonNull(source, "source == null");
    return new SubmittedTask(id, operation, Optional.of(source), submittedAt, hashOf(request));
  }

  /**
   * Returns the SHA-256 of {@code request.toString()} in UTF-8, as lower-case hex. Request records print every
   * component, so equal requests hash equally; they carry no API key, which lives in the settings.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public static String hashOf(Object request) {
    Objects.requireNonNull(request, "request == null");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(request.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this cannot happen.
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
