package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.adapter.support.ErrorTable;
import java.util.Locale;
import java.util.Optional;

/**
 * sunoapi.com's error codes. Its {@code code} is documented as "the HTTP status code of the response", so the same
 * table reads both. Sources: docs.sunoapi.com's error handling guide
 * (https://docs.sunoapi.com/ai-music-api-error-handling-guide) for 400, and its twin
 * https://docs.musicapi.ai/error-handling for the wording of 401 and 403.
 *
 * <ul>
 *   <li>400 is a validation error; "task not found." is an unknown task, and "... character length should be less
 *       than N." a text over the limit.
 *   <li>401: "Authorization header is missing." / "Invalid authorization format.".
 *   <li>403 says three things, told apart by the message: too few credits or no subscription, and lyrics or a
 *       description refused (invalid format, copyright, inappropriate content, moderation review). A 403 with a
 *       message naming neither is read as an account problem ({@code INSUFFICIENT_CREDITS}): the account is what most
 *       documented 403s are about, retrying cannot help, and a failover client moves on to another provider.
 *   <li>404, 413, 429, 451, 455 and 5xx are not documented for sunoapi.com; they are read as the other providers
 *       document them. 503 is left to {@link ErrorTable#byStatus}, which reads it as maintenance, as 455.
 * </ul>
 */
final class SunoApiComErrors implements ErrorTable {
  static final SunoApiComErrors TABLE = new SunoApiComErrors();

  private SunoApiComErrors() {}

  @Override
  public Optional<ErrorKind> kindOf(int code, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(switch (code) {
      case 400 -> validation(text);
      case 401 -> ErrorKind.AUTHENTICATION;
      case 403 -> forbidden(text);
      case 404 -> ErrorKind.TASK_NOT_FOUND;
      case 413 -> ErrorKind.PROMPT_TOO_LONG;
      case 429 -> ErrorKind.RATE_LIMITED;
      case 451 -> ErrorKind.FILE_FETCH_FAILED;
      case 455 -> ErrorKind.MAINTENANCE;
      case 503 -> null;
      default -> code >= 500 && code <= 599 ? ErrorKind.SERVER_ERROR : null;
    });
  }

  private static ErrorKind validation(String text) {
    if (text.contains("task not found")) {
      return ErrorKind.TASK_NOT_FOUND;
    }
    return text.contains("length should be less than") ? ErrorKind.PROMPT_TOO_LONG : ErrorKind.INVALID_REQUEST;
  }

  private static ErrorKind forbidden(String text) {
    for (String word : new String[] {"lyrics", "copyright", "inappropriate", "moderation", "description"}) {
      if (text.contains(word)) {
        return ErrorKind.CONTENT_REJECTED;
      }
    }
    return ErrorKind.INSUFFICIENT_CREDITS;
  }
}
