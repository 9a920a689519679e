package io.github.sunoport.mock;

/**
 * Bearer-token checks. Any non-blank token passes unless the server was given one. The sunoapi.com wording is
 * from its twin's error guide (providers.md 3.6); its "wrong key" message is inferred.
 */
final class Auth {
  private Auth() {}

  /** The provider's 401 answer, or null when the request may proceed. */
  static Reply check(String header, String token, Provider provider, ErrorBodies errors) {
    boolean com = provider == Provider.SUNOAPI_COM;
    if (header == null || header.isBlank()) {
      return com ? errors.reply(401, "Authorization header is missing.") : errors.reply(401);
    }
    String given = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (given.isEmpty()) return com ? errors.reply(401, "Invalid authorization format.") : errors.reply(401);
    if (token != null && !token.equals(given)) return com ? errors.reply(401, "Invalid API key.") : errors.reply(401);
    return null;
  }
}
