package io.github.sunoport.mock;

import java.util.List;

/**
 * Named faults usable in {@code X-Mock-Scenario}, the admin API and {@link MockAdmin}. A fault is either a name
 * below or a provider body code ({@code "402"}, {@code "455"}, ...), answered with that provider's wording.
 */
final class Faults {
  static final List<String> NAMES = List.of(
      "unauthorized", "credits", "rate-limited", "frequency", "prompt-too-long", "validation",
      "not-found", "maintenance", "server-error", "http-429", "http-502", "http-503");

  /** Seconds sent in {@code Retry-After} with the {@code http-429} fault. */
  static final int RETRY_AFTER_SECONDS = 1;

  private Faults() {}

  static boolean isFault(String spec) {
    return NAMES.contains(spec) || spec.matches("[1-5]\\d\\d");
  }

  static String requireFault(String spec) {
    if (spec == null || !isFault(spec)) {
      throw new IllegalArgumentException(
          "Unknown fault '" + spec + "'; use a provider code like 402 or one of " + NAMES);
    }
    return spec;
  }

  static Reply reply(String spec, Provider provider, ErrorBodies errors) {
    boolean kie = provider == Provider.KIE;
    boolean com = provider == Provider.SUNOAPI_COM;
    switch (spec) {
      case "unauthorized": return errors.reply(401);
      case "credits": return errors.reply(kie ? 402 : com ? 403 : 429);
      case "rate-limited": return errors.reply(kie || com ? 429 : 405);
      case "frequency": return errors.reply(com ? 429 : 430);
      case "prompt-too-long":
        return com ? errors.reply(400, "The prompt character length should be less than 3000.") : errors.reply(413);
      case "validation": return errors.reply(errors.validationCode());
      case "not-found": return errors.taskNotFound();
      case "maintenance": return errors.reply(com ? 503 : 455);
      case "server-error": return errors.reply(500);
      case "http-429":
        // The platform limiter answers a real HTTP 429 (kie getting-started page); the body code is our choice.
        int code = provider == Provider.SUNOAPI_ORG ? 430 : 429;
        return errors.withStatus(429, code, errors.message(code))
            .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      case "http-502":
        // Deliberately not JSON: what a failing upstream proxy serves. Only ever sent when asked for.
        return Reply.html(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
      case "http-503":
        return Reply.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
            + "<body><h1>503 Service Temporarily Unavailable</h1></body></html>");
      default:
        return errors.reply(Integer.parseInt(spec));
    }
  }
}
