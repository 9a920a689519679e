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
  /** The faults whose answer each {@link Profile} declares; the others are answered the same way everywhere. */
  static final List<String> PROFILE_NAMES = List.of(
      "unauthorized", "credits", "rate-limited", "frequency", "prompt-too-long", "not-found", "maintenance",
      "server-error", "http-429");

  /** Seconds sent in {@code Retry-After} with the {@code http-429} fault. */
  static final int RETRY_AFTER_SECONDS = 1;

  private Faults() {}

  static boolean isFault(String spec) {
    return NAMES.contains(spec) || spec.matches("[1-5]\\d\\d") || TransportFaults.isTransport(spec);
  }

  static String requireFault(String spec) {
    if (spec == null || !isFault(spec)) {
      throw new IllegalArgumentException(
          "Unknown fault '" + spec + "'; use a provider code like 402, one of " + NAMES + " or a transport fault "
              + TransportFaults.NAMES + " (slow-body up to " + TransportFaults.MAX_SLOW_BODY_MILLIS + " ms)");
    }
    return spec;
  }

  /** The answer to a fault: the profile's declared code and text, or a transport-level page. */
  static Reply reply(String spec, Profile profile, ErrorBodies errors) {
    switch (spec) {
      case "validation":
        return errors.reply(errors.validationCode());
      case "http-429":
        Profile.Answer limited = profile.faults().get(spec);
        return errors.withStatus(429, limited.code(), errors.message(limited.code()))
            .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      case "http-502":
        // Deliberately not JSON: what a failing upstream proxy serves. Only ever sent when asked for.
        return Reply.html(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
      case "http-503":
        return Reply.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
            + "<body><h1>503 Service Temporarily Unavailable</h1></body></html>");
      default:
        Profile.Answer declared = profile.faults().get(spec);
        return declared != null ? errors.reply(declared) : errors.reply(Integer.parseInt(spec));
    }
  }
}
