package io.github.sunoport.adapter.support.hostile;

import io.github.sunoport.core.contract.ContractFixture.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the hostile-answer suite needs to know of one adapter: its provider id, the documented success payload of
 * each operation it offers (a classpath resource, by default the mock server's
 * {@code sunoport-mock/<provider>/<route>/success.json}) and each fetch's path below the base URL.
 */
public final class HostileProfile {
  private final String provider;
  private final Map<Operation, String> payloads;
  private final Map<Operation, String> paths;

  private HostileProfile(String provider, Map<Operation, String> payloads, Map<Operation, String> paths) {
    this.provider = provider;
    this.payloads = payloads;
    this.paths = paths;
  }

  /**
   * The profile of {@code provider}, whose operations are those of {@code routes} (the mock server's route key per
   * operation) and whose calls go to {@code paths} below the base URL; a path ending in {@code /} takes the task id
   * as its last segment, any other fetch path takes it as query parameter {@code taskId}.
   */
  public static HostileProfile of(String provider, Map<Operation, String> routes, Map<Operation, String> paths) {
    Objects.requireNonNull(provider, "provider == null");
    Map<Operation, String> payloads = new EnumMap<>(Operation.class);
    routes.forEach((operation, route) -> payloads.put(operation, "sunoport-mock/" + provider + "/" + route
        + "/success.json"));
    return new HostileProfile(provider, payloads, new EnumMap<>(paths));
  }

  /** Returns a copy whose {@code operation} answers with the payload in classpath resource {@code resource}. */
  public HostileProfile withPayload(Operation operation, String resource) {
    Map<Operation, String> copy = new EnumMap<>(payloads);
    copy.put(operation, Objects.requireNonNull(resource, "resource == null"));
    return new HostileProfile(provider, copy, paths);
  }

  String provider() {
    return provider;
  }

  Set<Operation> operations() {
    return payloads.keySet();
  }

  String payload(Operation operation) {
    return payloads.get(operation);
  }

  String path(Operation operation) {
    return paths.get(operation);
  }
}
