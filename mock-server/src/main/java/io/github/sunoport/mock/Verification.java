package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The failure message of {@link MockAdmin#verify}: what was expected, and what was received instead. */
final class Verification {
  /** Enough to see the pattern of a mistake without flooding a test report. */
  static final int SHOWN = 20;
  private static final int BODY_CHARS = 200;

  private Verification() {}

  static String failure(String expectation, RequestPattern pattern, List<LoggedRequest> received, long matched) {
    StringBuilder out = new StringBuilder()
        .append("Expected ").append(expectation).append(" matching ").append(pattern)
        .append(", but ").append(matched).append(matched == 1 ? " matched." : " matched.");
    if (received.isEmpty()) return out.append(" The mock received no requests.").toString();
    // Closest first: the request with the fewest differences is usually the one the test meant.
    List<LoggedRequest> sorted = new ArrayList<>(received);
    sorted.sort(Comparator.comparingInt(r -> pattern.differences(r).size()));
    out.append("\nReceived instead (").append(received.size()).append(received.size() == 1 ? " request" : " requests")
        .append(", closest first):");
    for (LoggedRequest request : sorted.subList(0, Math.min(SHOWN, sorted.size()))) {
      out.append("\n  ").append(describe(request));
      List<String> differences = pattern.differences(request);
      out.append(differences.isEmpty() ? "\n      matches" : "\n      differs: " + String.join("; ", differences));
    }
    if (sorted.size() > SHOWN) out.append("\n  ... and ").append(sorted.size() - SHOWN).append(" more");
    return out.toString();
  }

  static String describe(LoggedRequest request) {
    StringBuilder out = new StringBuilder(request.method()).append(' ').append(request.path());
    if (!request.query().isEmpty()) out.append('?').append(request.query());
    out.append(request.route() == null ? " (no route)" : " (" + request.provider() + " " + request.route() + ")");
    if (!request.body().isEmpty()) {
      String body = request.body().replaceAll("\\s+", " ");
      out.append(" body ").append(body.length() <= BODY_CHARS ? body : body.substring(0, BODY_CHARS) + "…");
    }
    return out.toString();
  }
}
