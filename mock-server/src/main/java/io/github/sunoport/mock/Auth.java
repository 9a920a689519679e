package io.github.sunoport.mock;

/** Bearer-token checks. Any non-blank token passes unless the server was given one; the wording is the profile's. */
final class Auth {
  private Auth() {}

  /** The provider's 401 answer, or null when the request may proceed. */
  static Reply check(String header, String token, Profile.AuthTexts texts, ErrorBodies errors) {
    if (header == null || header.isBlank()) return refuse(texts.missing(), errors);
    String given = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (given.isEmpty()) return refuse(texts.malformed(), errors);
    if (token != null && !token.equals(given)) return refuse(texts.wrongKey(), errors);
    return null;
  }

  private static Reply refuse(String text, ErrorBodies errors) {
    return text == null ? errors.reply(401) : errors.reply(401, text);
  }
}
