package io.github.sunoport.adapter.support;

import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.ContentRejectedException;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.TaskNotFoundException;
import java.time.Duration;
import java.util.Optional;

/** The kinds of error answer a provider's error table sorts its codes into; each becomes one core exception. */
public enum ErrorKind {
  /** Missing or wrong API key. */
  AUTHENTICATION,
  /** Too few credits or no subscription. */
  INSUFFICIENT_CREDITS,
  /** Too many calls. */
  RATE_LIMITED,
  /** A field the provider refused. */
  INVALID_REQUEST,
  /** A text over the provider's limit. */
  PROMPT_TOO_LONG,
  /** Moderation or copyright. */
  CONTENT_REJECTED,
  /** The provider could not fetch a file the request names. */
  FILE_FETCH_FAILED,
  /** An unknown task. */
  TASK_NOT_FOUND,
  /** Down for maintenance. */
  MAINTENANCE,
  /** A failure on the provider's side. */
  SERVER_ERROR;

  /** Returns the exception for an answer of this kind. */
  public SunoException toException(ErrorDetails details, Optional<Duration> retryAfter) {
    return switch (this) {
      case AUTHENTICATION -> new AuthenticationException("the provider refused the API key", details);
      case INSUFFICIENT_CREDITS -> new InsufficientCreditsException("not enough credits", details);
      case RATE_LIMITED -> new RateLimitedException("rate limited", details, retryAfter);
      case INVALID_REQUEST -> new InvalidRequestException("the provider refused the request", null, details);
      case PROMPT_TOO_LONG -> new PromptTooLongException("the provider says the prompt is too long", null, -1, details);
      case CONTENT_REJECTED -> new ContentRejectedException("the provider rejected the content", details);
      case FILE_FETCH_FAILED ->
          new InvalidRequestException("the provider could not fetch a file the request names", null, details);
      case TASK_NOT_FOUND -> new TaskNotFoundException("the provider does not know the task", details);
      case MAINTENANCE -> new MaintenanceException("the provider is down for maintenance", details, retryAfter);
      case SERVER_ERROR -> new ProviderServerException("the provider failed", details, retryAfter);
    };
  }
}
