package io.github.sunoport.mock;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/**
 * A local replay of the kie.ai, sunoapi.org and sunoapi.com music APIs, each under its own path prefix.
 *
 * <pre>{@code
 * try (MockServer server = MockServer.builder().timeline(Duration.ZERO).build().start()) {
 *   String kie = server.baseUrl("kie"); // http://127.0.0.1:<port>/kie/
 *   server.admin().failNext("kie", "generate", 1, "credits");
 * }
 * }</pre>
 *
 * Examples and error tables are loaded once, when the server is built; a bad {@code --examples} directory
 * fails there with {@link IllegalArgumentException}.
 */
public final class MockServer implements AutoCloseable {
  /** Default time from task creation to its final state. */
  public static final Duration DEFAULT_TIMELINE = Duration.ofSeconds(6);
  /** The longest timeline: a task that takes longer than a day to finish tests nothing a day does not. */
  public static final Duration MAX_TIMELINE = Duration.ofDays(1);
  /** A connection silent this long is closed; no server thread waits on it meanwhile. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The longest a callback attempt may take. */
  public static final Duration MAX_CALLBACK_TIMEOUT = Duration.ofMinutes(10);
  /** Larger request bodies get the provider's 413-style JSON. */
  public static final long MAX_BODY_BYTES = 1024 * 1024;

  private final Builder config;
  private final MockAdmin admin;
  private final Javalin app;
  private final Callbacks callbacks;
  private final ResultFiles files;
  /** Answers delayed calls and ends request bodies that take too long: one thread, each job a few microseconds. */
  private final ScheduledExecutorService timers;
  private boolean started;

  private MockServer(Builder config) {
    this.config = config;
    ExampleCatalog catalog = ExampleCatalog.loadInBackground(config.examplesDir);
    Lifecycle lifecycle = new Lifecycle(config.clock, config.timeline);
    Map<Profile, ErrorBodies> errors = new HashMap<>();
    for (Profile profile : Profiles.ALL) errors.put(profile, new ErrorBodies(profile));
    TaskStore tasks = new TaskStore();
    this.callbacks = new Callbacks(tasks, lifecycle, new CallbackSettings(config.webhookKey,
        config.callbackTimeout, config.callbackRetryDelays, Set.copyOf(config.allowedCallbackHosts)));
    Parts parts = new Parts(catalog, tasks, lifecycle, Map.copyOf(errors), Templates.bundled(), new FaultPlan(),
        new RequestLog(), callbacks, new ResultFiles(), new FileStore());
    this.files = parts.files();
    RouteTable routes = new RouteTable();
    this.admin = new MockAdmin(catalog, parts.faults(), tasks, parts.log(), callbacks, routes, lifecycle);
    this.timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "mock-timers");
      thread.setDaemon(true);
      return thread;
    });
    Map<Profile, java.net.URI> proxyBases = new HashMap<>();
    config.proxies.forEach((id, base) -> proxyBases.put(Profiles.of(id), base));
    Proxy proxy = proxyBases.isEmpty() ? null : new Proxy(proxyBases, config.proxyAll,
        config.recordDir == null ? null : new Recorder(config.recordDir));
    Dispatcher dispatcher = new Dispatcher(parts, config.token, MAX_BODY_BYTES, timers, proxy);
    this.app = JavalinSetup.create(Profiles.ALL, parts, routes, dispatcher, new AdminApi(admin, config.adminToken),
        MAX_BODY_BYTES, new BodyGate(MAX_BODY_BYTES, timers));
    try {
      catalog.requireKnownRoutes(routes);
    } catch (RuntimeException e) {
      timers.shutdownNow();
      callbacks.close();
      throw e;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a server with every default: 127.0.0.1, a random port, the default timeline. */
  public static MockServer startDefault() {
    return builder().build().start();
  }

  /** Binds and serves; returns this server. */
  public synchronized MockServer start() {
    if (started) throw new IllegalStateException("already started");
    app.start(config.host, config.port);
    files.boundTo(rootUrl());
    // Stated rather than inherited: how long a silent connection (or one sending its headers slowly) is kept.
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof AbstractConnector) ((AbstractConnector) connector).setIdleTimeout(IDLE_TIMEOUT.toMillis());
    }
    started = true;
    return this;
  }

  /** The bound port (the real one when built with port 0). */
  public int port() {
    return app.port();
  }

  public String host() {
    return config.host;
  }

  /**
   * The base URL of a provider, with a trailing slash: {@code http://127.0.0.1:<port>/kie/}.
   *
   * @param provider {@code kie}, {@code sunoapi-org} or {@code sunoapi-com}
   * @throws IllegalArgumentException for any other id (the message lists the valid ones)
   */
  public String baseUrl(String provider) {
    Objects.requireNonNull(provider, "provider == null");
    return rootUrl() + Profiles.of(provider).id() + "/";
  }

  /** {@code http://<host>:<port>/}, the host bracketed when it is an IPv6 literal. */
  String rootUrl() {
    String host = config.host.contains(":") ? "[" + config.host + "]" : config.host;
    return "http://" + host + ":" + port() + "/";
  }

  /** Java control of faults, task fates, latency and the request log. */
  public MockAdmin admin() {
    return admin;
  }

  @Override
  public synchronized void close() {
    callbacks.close();
    app.stop();
    timers.shutdownNow();
  }

  /** Configures a {@link MockServer}; every setting has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private Duration timeline = DEFAULT_TIMELINE;
    private Clock clock = Clock.systemUTC();
    private Path examplesDir;
    private String token;
    private String adminToken;
    private boolean allowRemote;
    private String webhookKey;
    private Duration callbackTimeout = CallbackSettings.DEFAULT_TIMEOUT;
    private List<Duration> callbackRetryDelays = CallbackSettings.DEFAULT_RETRY_DELAYS;
    private final Set<String> allowedCallbackHosts = new LinkedHashSet<>();
    private final Map<String, java.net.URI> proxies = new java.util.LinkedHashMap<>();
    private boolean proxyAll;
    private Path recordDir;

    private Builder() {}

    /** Interface to bind; default {@code 127.0.0.1}. Any non-loopback address needs {@link #allowRemote}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /** Port to bind; default 0 (a free port, read it back with {@link MockServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
      this.port = port;
      return this;
    }

    /** Time from a task's creation to its final state; {@link Duration#ZERO} finishes tasks at once. */
    public Builder timeline(Duration timeline) {
      Objects.requireNonNull(timeline, "timeline == null");
      if (timeline.isNegative() || timeline.compareTo(MAX_TIMELINE) > 0) {
        throw new IllegalArgumentException("timeline must be 0 to " + MAX_TIMELINE + ", not " + timeline);
      }
      this.timeline = timeline;
      return this;
    }

    /** The clock task lifecycles read; tests pass one they advance by hand. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Extra examples laid out as {@code <provider>/<route>/<name>.json}; null for none. */
    public Builder examplesDir(Path examplesDir) {
      this.examplesDir = examplesDir;
      return this;
    }

    /** If set, provider calls must send exactly this bearer token; otherwise any non-blank token passes. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** If set, {@code /__admin} calls must send it in {@code X-Admin-Token}. */
    public Builder adminToken(String adminToken) {
      this.adminToken = adminToken;
      return this;
    }

    /** Permits binding a non-loopback address; an admin token is then required. */
    public Builder allowRemote(boolean allowRemote) {
      this.allowRemote = allowRemote;
      return this;
    }

    /**
     * kie.ai's webhook HMAC key: when set, kie.ai callbacks carry {@code X-Webhook-Timestamp} and
     * {@code X-Webhook-Signature} (https://docs.kie.ai/common-api/webhook-verification); null for none (the default).
     */
    public Builder webhookKey(String webhookKey) {
      this.webhookKey = webhookKey == null || webhookKey.isBlank() ? null : webhookKey;
      return this;
    }

    /** The time one callback attempt may take; default 15 s, as the providers document. */
    public Builder callbackTimeout(Duration callbackTimeout) {
      Objects.requireNonNull(callbackTimeout, "callbackTimeout == null");
      if (callbackTimeout.isNegative() || callbackTimeout.isZero() || callbackTimeout.compareTo(MAX_CALLBACK_TIMEOUT) > 0) {
        throw new IllegalArgumentException("callbackTimeout must be more than 0 and at most " + MAX_CALLBACK_TIMEOUT
            + ", not " + callbackTimeout);
      }
      this.callbackTimeout = callbackTimeout;
      return this;
    }

    /**
     * The waits before each retry of a failed callback; their number is the number of retries. Default 1 s, 5 s,
     * 15 s: the documented 1, 5 and 15 minutes, scaled down for a mock. None means no retries.
     */
    public Builder callbackRetryDelays(Duration... delays) {
      for (Duration delay : delays) {
        if (delay == null || delay.isNegative() || delay.compareTo(MAX_TIMELINE) > 0) {
          throw new IllegalArgumentException("retry delay must be 0 to " + MAX_TIMELINE + ": " + delay);
        }
      }
      this.callbackRetryDelays = List.of(delays);
      return this;
    }

    /**
     * Allows callbacks to {@code host} (a name or an address, matched exactly), besides loopback addresses and
     * {@code localhost}, which are always allowed. Repeatable.
     */
    public Builder allowCallbackHost(String host) {
      Objects.requireNonNull(host, "host == null");
      if (host.isBlank()) throw new IllegalArgumentException("callback host is blank");
      allowedCallbackHosts.add(host.strip());
      return this;
    }

    /**
     * Record mode: requests to {@code provider} the mock has no answer for (an unknown path or task id) are forwarded
     * to {@code baseUrl} (such as {@code https://api.kie.ai/}) with the caller's token, and the real answer is returned.
     * Repeatable, one base per provider.
     */
    public Builder proxy(String provider, String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      java.net.URI base;
      try {
        base = java.net.URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Proxy base URL for " + provider + " is not a URL: " + baseUrl);
      }
      if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
        throw new IllegalArgumentException("Proxy base URL for " + provider + " must be http(s)://host/...: " + baseUrl);
      }
      proxies.put(Profiles.of(provider).id(), base);
      return this;
    }

    /** With {@link #proxy}: forward every request of the proxied providers, not only those the mock cannot answer. */
    public Builder proxyAll(boolean proxyAll) {
      this.proxyAll = proxyAll;
      return this;
    }

    /**
     * With {@link #proxy}: save each forwarded JSON answer under {@code dir} in the {@code --examples} layout, with
     * tokens, keys and callback URLs redacted, so {@code examplesDir(dir)} replays it later.
     */
    public Builder recordDir(Path recordDir) {
      this.recordDir = recordDir;
      return this;
    }

    /**
     * @throws IllegalStateException when binding a non-loopback address without {@code allowRemote} and an
     *     admin token
     * @throws IllegalArgumentException when the examples directory is missing or malformed
     */
    public MockServer build() {
      if (!isLoopback(host)) {
        if (!allowRemote) {
          throw new IllegalStateException("Binding " + host + " exposes the mock beyond this machine: allow it explicitly");
        }
        if (adminToken == null || adminToken.isBlank()) {
          throw new IllegalStateException("Binding " + host + " requires an admin token for /__admin");
        }
      }
      if ((proxyAll || recordDir != null) && proxies.isEmpty()) {
        throw new IllegalStateException("--proxy-all and --record-dir need at least one --proxy <provider>=<base URL>");
      }
      return new MockServer(this);
    }

    private static boolean isLoopback(String host) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("Unknown host: " + host, e);
      }
    }
  }
}
