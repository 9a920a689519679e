package io.github.sunoport.mock;

/**
 * One route of a provider, declared once: its key (what admin calls, faults and example folders name), method, path
 * below the provider prefix and the endpoint that answers it. Registered with Javalin by {@link JavalinSetup}.
 *
 * @param idInPath the path is followed by {@code /{taskId}}
 * @param open answered without the API key (a file download link, which anyone holding it may fetch)
 * @param envelope the envelope of this route's errors when it differs from the profile's (kie.ai's Market routes
 *     beside its legacy tree), else null
 */
record Operation(String key, String method, String path, boolean idInPath, EndpointFactory endpoint, boolean open,
    Envelope envelope) {

  Operation(String key, String method, String path, boolean idInPath, EndpointFactory endpoint) {
    this(key, method, path, idInPath, endpoint, false, null);
  }

  Operation(String key, String method, String path, boolean idInPath, EndpointFactory endpoint, boolean open) {
    this(key, method, path, idInPath, endpoint, open, null);
  }

  /** This route, answering its errors in {@code envelope}. */
  Operation withEnvelope(Envelope envelope) {
    return new Operation(key, method, path, idInPath, endpoint, open, envelope);
  }

  /** Builds a route's endpoint once the server's shared state exists. */
  @FunctionalInterface
  interface EndpointFactory {
    Endpoint create(Profile profile, Parts parts);
  }

  static Operation get(String key, String path, EndpointFactory endpoint) {
    return new Operation(key, "GET", path, false, endpoint);
  }

  static Operation post(String key, String path, EndpointFactory endpoint) {
    return new Operation(key, "POST", path, false, endpoint);
  }

  /** A GET answered with the route's {@code success} example, such as the credits balance. */
  static Operation example(String key, String path) {
    return get(key, path, (profile, parts) -> call -> Reply.json(200, parts.catalog().find(profile, key, "success").body()));
  }

  /** A GET of {@code <path>/{id}} that needs no API key, as a download link needs none. */
  static Operation openGetById(String key, String path, EndpointFactory endpoint) {
    return new Operation(key, "GET", path, true, endpoint, true);
  }

  /** A GET whose task id is the last path segment: {@code <path>/{taskId}}. */
  static Operation getById(String key, String path, EndpointFactory endpoint) {
    return new Operation(key, "GET", path, true, endpoint);
  }
}
