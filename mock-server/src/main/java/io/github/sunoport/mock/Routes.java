package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented paths of each provider, under its prefix. kie.ai and sunoapi.org share every path but the
 * credits one, which is why each provider lives under its own prefix.
 */
final class Routes {
  static final List<String> FAMILY_KEYS = List.of(
      "lyrics", "lyrics-record-info", "generate", "extend", "generate-record-info", "timestamped-lyrics", "credits");
  static final List<String> COM_KEYS = List.of("make-lyrics", "get-lyrics", "create", "task", "clip", "get-credits");

  /** @param idInPath the route ends in {@code /{taskId}} */
  record Route(Provider provider, String key, String method, String path, boolean idInPath, Endpoint endpoint) {}

  /** A resolved request: the route and its path id, or why nothing matched. */
  record Match(Route route, String pathId, boolean wrongMethod) {}

  private final List<Route> routes = new ArrayList<>();

  void add(Provider provider, String key, String method, String path, Endpoint endpoint) {
    routes.add(new Route(provider, key, method, path, false, endpoint));
  }

  void addWithId(Provider provider, String key, String path, Endpoint endpoint) {
    routes.add(new Route(provider, key, "GET", path, true, endpoint));
  }

  /** @param rest the path after the provider prefix, starting with '/' */
  Match match(Provider provider, String method, String rest) {
    boolean pathKnown = false;
    for (Route route : routes) {
      if (route.provider() != provider) continue;
      String id = null;
      if (route.idInPath()) {
        if (rest.equals(route.path()) || rest.equals(route.path() + '/')) {
          id = "";
        } else if (rest.startsWith(route.path() + '/') && rest.indexOf('/', route.path().length() + 1) < 0) {
          id = rest.substring(route.path().length() + 1);
        } else {
          continue;
        }
      } else if (!rest.equals(route.path())) {
        continue;
      }
      if (route.method().equals(method)) return new Match(route, id, false);
      pathKnown = true;
    }
    return new Match(null, null, pathKnown);
  }

  static String requireKey(Provider provider, String key) {
    List<String> keys = provider.family ? FAMILY_KEYS : COM_KEYS;
    if (!keys.contains(key)) {
      throw new IllegalArgumentException("Unknown route '" + key + "' for " + provider.id + "; known: " + keys);
    }
    return key;
  }
}
