package io.github.sunoport.adapter.sunoapicom;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComStemsMapper;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Webhook;
import io.github.sunoport.adapter.support.JsonBodies;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.Stems;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Parses sunoapi.com's webhooks (https://docs.sunoapi.com/webhook-guide): sent once a task reaches a final state, with
 * the task's clips under {@code data} (a separation's stem clips give a {@code STEMS} event). With a webhook key set,
 * the {@code X-Signature} header must be HMAC-SHA256 of the raw body under that key; the page does not say hex or
 * base64, so both are accepted, compared in constant time. Without a key nothing is verified. Every way a body can be
 * wrong ends in an {@link InvalidCallbackException}.
 */
final class SunoApiComWebhooks implements CallbackPort {
  static final String SIGNATURE = "X-Signature";
  private static final String ALGORITHM = "HmacSHA256";

  private final SunoApiComMapper mapper;
  private final JsonAdapter<Webhook> adapter;
  private final Optional<SecretKeySpec> key;

  SunoApiComWebhooks(SunoApiComMapper mapper, Moshi moshi, Optional<ApiKey> key) {
    this.mapper = mapper;
    this.adapter = moshi.adapter(Webhook.class);
    this.key = key.map(k -> new SecretKeySpec(k.reveal().getBytes(UTF_8), ALGORITHM));
  }

  @Override
  public CallbackEvent parse(byte[] body, Map<String, List<String>> headers) {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(headers, "headers == null");
    key.ifPresent(k -> verify(k, body, headers));
    Webhook webhook = JsonBodies.read(body, adapter, (problem, cause) -> invalid(Reason.MALFORMED_BODY, problem, cause));
    if (webhook.code() == null || webhook.taskId() == null || webhook.taskId().isBlank()) {
      throw invalid(Reason.UNKNOWN_SHAPE, webhook.code() == null ? "no code" : "no task_id", null);
    }
    TaskId id;
    MusicTask task;
    MusicData clips = new MusicData(webhook.data() == null ? List.of() : webhook.data(), null);
    String message = Optional.ofNullable(webhook.message()).orElse("");
    int code = webhook.code();
    try {
      id = new TaskId(SunoApiComClient.ID, webhook.taskId());
      if (SunoApiComStemsMapper.areStems(clips.clips())) {
        return separation(SunoApiComStemsMapper.stemsTaskFrom(id, clips, message, mapper), code, message);
      }
      task = mapper.musicTaskFrom(id, clips, message);
    } catch (InvalidCallbackException e) {
      throw e;
    } catch (RuntimeException e) {
      // A stem clip without its id or audio, or a value the domain refuses: the body is malformed.
      throw invalid(Reason.MALFORMED_BODY, "values that make no sense: " + JsonBodies.shorten(e.getMessage()), e);
    }
    if (code != 200 || task.state() == TaskState.FAILED) {
      TaskFailure failure = task.failure().orElse(TaskFailure.of(FailureKind.UNKNOWN, code, message));
      return new CallbackEvent(id, CallbackStage.ERROR, List.of(), task.tracks(), Optional.of(failure), code, message);
    }
    CallbackStage stage = switch (task.state()) {
      case SUCCEEDED -> CallbackStage.COMPLETE;
      case FIRST_TRACK_READY -> CallbackStage.FIRST_TRACK_READY;
      default -> throw invalid(Reason.UNKNOWN_SHAPE,
          "a webhook for a task that is not final (" + task.rawStatus() + ")", null);
    };
    return new CallbackEvent(id, stage, List.of(), task.tracks(), Optional.empty(), code, message);
  }

  /**
   * The event of a separation's webhook, told apart from music by its clips naming their stems (inferred: the stems
   * pages document no webhook, https://docs.sunoapi.com/stems-basic).
   */
  private static CallbackEvent separation(DerivedTask<Stems> task, int code, String message) {
    if (code != 200 || task.state() == TaskState.FAILED) {
      TaskFailure failure = task.failure().orElse(TaskFailure.of(FailureKind.UNKNOWN, code, message));
      return CallbackEvent.derivedFailed(task.id(), DerivedKind.STEMS, failure, code, message);
    }
    if (task.state() != TaskState.SUCCEEDED) {
      throw invalid(Reason.UNKNOWN_SHAPE, "a webhook for a separation that is not final (" + task.rawStatus() + ")",
          null);
    }
    return CallbackEvent.derivedComplete(task.id(), task.result().orElseThrow(), code, message);
  }

  private void verify(SecretKeySpec secret, byte[] body, Map<String, List<String>> headers) {
    String signature = header(headers);
    if (signature == null) {
      throw invalid(Reason.MISSING_SIGNATURE, "missing header " + SIGNATURE, null);
    }
    byte[] given = decode(signature.strip());
    if (given == null) {
      throw invalid(Reason.MALFORMED_SIGNATURE, SIGNATURE + " is neither hex nor base64", null);
    }
    if (!MessageDigest.isEqual(given, sign(secret, body))) {
      throw invalid(Reason.SIGNATURE_MISMATCH, SIGNATURE + " does not match the body", null);
    }
  }

  /** Hex first (64 characters of 0-9a-f), else base64; null for neither. */
  private static byte[] decode(String signature) {
    String hex = signature.startsWith("sha256=") ? signature.substring(7) : signature;
    if (hex.length() == 64 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
    }
    try {
      return Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static byte[] sign(SecretKeySpec secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // Mac is not thread-safe: one per call
      mac.init(secret);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }

  /** The first value of {@code X-Signature}, matched case-insensitively; null when absent or blank. */
  private static String header(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(SIGNATURE) && entry.getValue() != null
          && !entry.getValue().isEmpty() && entry.getValue().get(0) != null && !entry.getValue().get(0).isBlank()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  private static InvalidCallbackException invalid(Reason reason, String detail, Throwable cause) {
    return new InvalidCallbackException(reason, detail, ErrorDetails.of(SunoApiComClient.ID), cause);
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "SunoApiComWebhooks{key=" + (key.isPresent() ? "****" : "none") + "}";
  }
}
