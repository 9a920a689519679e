package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route keys registered with Javalin, per provider: what admin calls, forced faults and example folders may name.
 * Filled while the routes are registered, so it can never list a route that is not served.
 */
final class RouteTable {
  private final Map<Profile, List<String>> keys = new ConcurrentHashMap<>();

  void registered(Profile profile, Operation operation) {
    keys.computeIfAbsent(profile, p -> Collections.synchronizedList(new ArrayList<>())).add(operation.key());
  }

  List<String> keys(Profile profile) {
    return List.copyOf(keys.getOrDefault(profile, List.of()));
  }

  boolean has(Profile profile, String key) {
    return keys.getOrDefault(profile, List.of()).contains(key);
  }

  /** @throws IllegalArgumentException for a key no route of this provider has, listing the ones it has */
  String requireKey(Profile profile, String key) {
    if (!has(profile, key)) {
      throw new IllegalArgumentException("Unknown route '" + key + "' for " + profile.id() + "; known: " + keys(profile));
    }
    return key;
  }
}
