package io.github.sunoport.adapter.support;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import java.net.URI;
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

  /** Returns the task's id at the provider, or throws if the task belongs to another provider. */
  public String owned(TaskId id) {
    if (!id.provider().equals(provider)) {
      throw invalid("taskId", "task " + id + " belongs to provider '" + id.provider() + "', not '" + provider + "'");
    }
    return id.value();
  }
}
