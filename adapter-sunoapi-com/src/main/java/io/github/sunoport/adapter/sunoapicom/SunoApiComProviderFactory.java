package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * Opens sunoapi.com clients; found by {@link java.util.ServiceLoader} under the id {@code sunoapi-com}, default base
 * URL {@code https://api.sunoapi.com/}.
 *
 * <p>What differs from the other providers:
 * <ul>
 *   <li>Capabilities are lyrics, music, extension, credits, webhooks and the synchronous WAV. Timestamped lyrics
 *       and the other derived outputs are refused with
 *       {@link io.github.sunoport.core.error.UnsupportedCapabilityException} before anything is sent.
 *   <li>Webhooks (https://docs.sunoapi.com/webhook-guide): a music or extend request's callback URL is sent as
 *       {@code webhook_url} and, with {@link ProviderSettings#webhookKey()} set, the key as {@code webhook_secret};
 *       {@code callbacks().parse} then checks {@code X-Signature} (HMAC-SHA256 of the raw body, hex or base64). A
 *       lyrics request naming a callback URL is refused ({@code make-lyrics} documents no webhook), and
 *       {@link ProviderSettings#defaultCallbackUrl()} is not used.
 *   <li>Models: {@code V3_5}, {@code V4} and {@code V4_5} (sent as {@code chirp-v3-5}, {@code chirp-v4},
 *       {@code chirp-v4-5}); other known models are refused naming {@code model}, and a name this library does not
 *       know ({@code SunoModel.of("chirp-v4-5-plus")}) is sent as written.
 *   <li>Limits, documented as "less than" (so the number itself is refused): lyrics prompt 200 characters; custom
 *       lyrics 3000, title 80, style ({@code tags}) 200; description ({@code gpt_description_prompt}) 200. Custom mode
 *       needs lyrics even for an instrumental. {@code audioWeight} has no sunoapi.com field and is refused.
 *   <li>A persona is sent as {@code persona_id} with {@code task_type: persona_music}. An extension is a create
 *       with {@code task_type: extend_music}, {@code continue_clip_id} and {@code continue_at} in whole seconds (a
 *       fraction is refused); it needs the model.
 *   <li>Uploads take a public URL only ({@code FileUpload.fromUrl}) and make a clip; the
 *       {@link io.github.sunoport.core.model.UploadedFile}'s {@code url} is the source URL and its {@code path} the
 *       clip id. {@code audio().uploadCover} and {@code uploadExtend} send {@code cover_upload_music} and
 *       {@code extend_upload_music} naming that clip (uploading the audio first when this client has not), with the
 *       create limits; {@code uploadExtend} needs {@code continueAt} (fractions allowed). These bodies are documented
 *       only on sunoapi.com's musicapi.ai twin. {@code audio().cover} covers a clip sunoapi.com made
 *       ({@code cover_music}, body from third-party sources) under the same rules.
 *   <li>{@link io.github.sunoport.core.model.Credits} are {@code credits} plus {@code extra_credits}.
 *   <li>A music task's state is aggregated from its clips' states; every clip is a track, in the provider's order.
 * </ul>
 */
public final class SunoApiComProviderFactory implements SunoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public SunoApiComProviderFactory() {}

  @Override
  public ProviderId id() {
    return SunoApiComClient.ID;
  }

  @Override
  public Set<Capability> capabilities() {
    return SunoApiComClient.OPERATIONS.capabilities();
  }

  @Override
  public URI defaultBaseUrl() {
    return SunoApiComClient.DEFAULT_BASE_URL;
  }

  @Override
  public SunoClient create(ProviderSettings settings) {
    return create(settings, Sleeper.system());
  }

  /** Returns a client whose read retries wait with {@code sleeper}; for tests. */
  static SunoClient create(ProviderSettings settings, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    return SunoApiComClient.open(settings, sleeper);
  }
}
