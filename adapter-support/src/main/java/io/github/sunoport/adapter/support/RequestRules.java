package io.github.sunoport.adapter.support;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request against a provider's rules before anything is sent, so that a request the provider would refuse
 * costs no call and names the field at fault.
 */
public final class RequestRules {
  private final ProviderId provider;

  /** Returns the rules checker for {@code provider}. */
  public RequestRules(ProviderId provider) {
    this.provider = provider;
  }

  /** Throws {@link PromptTooLongException} if {@code value} is longer than {@code limit} characters. */
  public void maxLength(Optional<String> value, String field, int limit, String why) {
    value.ifPresent(v -> {
      int length = v.codePointCount(0, v.length());
      if (length > limit) {
        throw new PromptTooLongException(field + " is " + length + " characters long; " + provider + " accepts at most "
            + limit + (why.isEmpty() ? "" : " " + why), field, limit, ErrorDetails.of(provider));
      }
    });
  }

  /** Throws {@link InvalidRequestException} for {@code field} with {@code problem}. */
  public InvalidRequestException invalid(String field, String problem) {
    return new InvalidRequestException(field + ": " + problem, field, ErrorDetails.of(provider));
  }

  /** Returns the request's callback URL, else the settings' default, else throws naming {@code callbackUrl}. */
  public URI callbackUrl(Optional<URI> fromRequest, ProviderSettings settings) {
    return fromRequest.or(settings::defaultCallbackUrl).orElseThrow(() -> invalid("callbackUrl",
        provider + " requires a callback URL: set one on the request or ProviderSettings.defaultCallbackUrl"));
  }

  /**
   * Returns the request's callback URL, else the settings' default; when the operation needs one ({@code required}),
   * throws naming {@code callbackUrl} if neither is set, otherwise returns null (none sent).
   */
  public URI callbackUrl(Optional<URI> fromRequest, ProviderSettings settings, boolean required) {
    return required ? callbackUrl(fromRequest, settings) : fromRequest.or(settings::defaultCallbackUrl).orElse(null);
  }

  /** Returns the task's id at the provider, or throws if the task belongs to another provider. */
  public String owned(TaskId id) {
    if (!id.provider().equals(provider)) {
      throw invalid("taskId", "task " + id + " belongs to provider '" + id.provider() + "', not '" + provider + "'");
    }
    return id.value();
  }

  /** Returns the track's id at the provider, or throws naming {@code field} if another provider made the track. */
  public String owned(TrackId track, String field) {
    if (!track.provider().equals(provider)) {
      throw invalid(field, "track " + track + " was made by provider '" + track.provider() + "', not '" + provider
          + "', and only its maker can work on it");
    }
    return track.value();
  }

  /**
   * Returns the provider's name for {@code model}: a model this library does not know is sent as written; a known
   * one must be among {@code offered} (model to wire name, in the provider's order), or it is refused naming
   * {@code model} and listing what the provider offers.
   */
  public String wireModel(SunoModel model, Map<SunoModel, String> offered) {
    if (!model.isKnown()) {
      return model.name();
    }
    String name = offered.get(model);
    if (name == null) {
      throw invalid("model", provider + " does not offer " + model + "; it offers " + offered
          + ", or pass a model name it knows with SunoModel.of(\"...\")");
    }
    return name;
  }
}
