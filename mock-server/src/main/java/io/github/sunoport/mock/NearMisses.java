package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a request no route answered, the registered route it came closest to and what differed: its method, its path
 * (edit distance), its provider prefix. Only computed when QA asks for the unmatched requests, never on the hot path.
 */
final class NearMisses {
  /** A method mismatch weighs like this many path edits: a wrong verb on the right path is the closer miss. */
  private static final int METHOD_WEIGHT = 3;

  private final List<Profile> profiles;

  NearMisses(List<Profile> profiles) {
    this.profiles = profiles;
  }

  /** The request's entry with {@code closest} (provider, route, method, path) and {@code differences}. */
  Map<String, Object> report(LoggedRequest request) {
    Profile bestProfile = null;
    Operation best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Profile profile : profiles) {
      for (Operation operation : profile.operations()) {
        int score = pathDistance(request.path(), profile, operation)
            + (operation.method().equals(request.method())
                || (request.method().equals("HEAD") && operation.method().equals("GET")) ? 0 : METHOD_WEIGHT);
        if (score < bestScore) {
          bestScore = score;
          best = operation;
          bestProfile = profile;
        }
      }
    }
    Map<String, Object> entry = AdminApi.entry(request);
    if (best == null) return entry;
    Map<String, Object> closest = new LinkedHashMap<>();
    closest.put("provider", bestProfile.id());
    closest.put("route", best.key());
    closest.put("method", best.method());
    closest.put("path", routePath(bestProfile, best));
    entry.put("closest", closest);
    entry.put("differences", differences(request, bestProfile, best));
    return entry;
  }

  private List<String> differences(LoggedRequest request, Profile profile, Operation operation) {
    List<String> out = new ArrayList<>();
    String prefix = "/" + profile.id() + "/";
    if (!request.path().startsWith(prefix)) {
      int slash = request.path().indexOf('/', 1);
      String given = slash < 0 ? request.path().substring(1) : request.path().substring(1, slash);
      out.add("provider prefix '" + given + "' is not one of " + Profiles.ids());
    }
    if (pathDistance(request.path(), profile, operation) > 0) {
      out.add("path " + request.path() + " is not " + routePath(profile, operation)
          + (request.path().endsWith("/") && !operation.idInPath() ? " (trailing slash)" : ""));
    }
    if (!operation.method().equals(request.method())
        && !(request.method().equals("HEAD") && operation.method().equals("GET"))) {
      out.add("method " + request.method() + " is not " + operation.method());
    }
    if (out.isEmpty()) out.add("the route refused the request before answering it");
    return out;
  }

  private static String routePath(Profile profile, Operation operation) {
    return "/" + profile.id() + operation.path() + (operation.idInPath() ? "/{taskId}" : "");
  }

  private static int pathDistance(String path, Profile profile, Operation operation) {
    String route = "/" + profile.id() + operation.path();
    if (operation.idInPath()) {
      int slash = path.lastIndexOf('/');
      if (path.startsWith(route + "/") && slash == route.length() && path.length() > route.length() + 1) return 0;
      return editDistance(slash > 0 ? path.substring(0, slash) : path, route);
    }
    return editDistance(path, route);
  }

  /** Levenshtein distance over two short strings, in one row. */
  static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) row[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
