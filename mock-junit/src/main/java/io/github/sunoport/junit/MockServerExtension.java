package io.github.sunoport.junit;

import io.github.sunoport.mock.MockAdmin;
import io.github.sunoport.mock.MockServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * One mock server per test class on a free loopback port: started before the class, reset (tasks, fates, faults,
 * latency, request and callback logs) after every test method, stopped after the class. Parameters of type
 * {@link MockServer} and {@link MockAdmin} are injected as they are; base URLs and clients with {@link FromMock}.
 *
 * <p>Used through {@link MockServerTest}, or registered with options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MockServerExtension MOCK = MockServerExtension.builder()
 *     .timeline(Duration.ofMillis(300)).token("test-key").clock(clock).build();
 * }</pre>
 *
 * Registered on an instance field instead of a static one, it starts and stops a mock around every test method.
 */
public final class MockServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockServerExtension.class);
  private static final String SERVER = "server";
  private static final String METHOD_SERVER = "method-server";

  /** Null when the options come from {@link MockServerTest} on the test class. */
  private final ExtensionOptions configured;
  private volatile MockServer current;

  /** The extension {@link MockServerTest} registers; reads its options from that annotation. */
  public MockServerExtension() {
    this(null);
  }

  private MockServerExtension(ExtensionOptions configured) {
    this.configured = configured;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The mock of the running test class, for code outside injected methods (such as a {@code @BeforeAll} method).
   *
   * @throws IllegalStateException when no test of this extension's class is running
   */
  public MockServer server() {
    MockServer server = current;
    if (server == null) throw new IllegalStateException("No mock server is running: use it inside the test class");
    return server;
  }

  public MockAdmin admin() {
    return server().admin();
  }

  /** The base URL of a provider on the running mock, such as {@code http://127.0.0.1:<port>/kie/}. */
  public String baseUrl(String provider) {
    return server().baseUrl(provider);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    MockServer server = start(context);
    context.getStore(NAMESPACE).put(SERVER, server);
    injectFields(context, null, server);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    MockServer server = context.getStore(NAMESPACE).get(SERVER, MockServer.class);
    if (server == null) {
      // Registered on an instance field: beforeAll never ran, so this method gets a mock of its own.
      server = start(context);
      context.getStore(NAMESPACE).put(SERVER, server);
      context.getStore(NAMESPACE).put(METHOD_SERVER, server);
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      injectFields(context, instance, server);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      closeClients(context);
    } finally {
      MockServer own = context.getStore(NAMESPACE).remove(METHOD_SERVER, MockServer.class);
      if (own != null) {
        stop(own);
      } else {
        MockServer server = context.getStore(NAMESPACE).get(SERVER, MockServer.class);
        if (server != null) server.admin().reset();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      closeClients(context);
    } finally {
      MockServer server = context.getStore(NAMESPACE).remove(SERVER, MockServer.class);
      if (server != null) stop(server);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockServer.class || type == MockAdmin.class || parameter.isAnnotated(FromMock.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MockServer server = context.getStore(NAMESPACE).get(SERVER, MockServer.class);
    if (server == null) throw new ParameterResolutionException("No mock server is running for " + parameter);
    String provider = parameter.findAnnotation(FromMock.class).map(FromMock::value).orElse("");
    try {
      return value(parameter.getParameter().getType(), provider, server, context);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("Cannot inject " + parameter.getParameter() + ": " + e.getMessage(), e);
    }
  }

  private MockServer start(ExtensionContext context) {
    ExtensionOptions options = options(context);
    MockServer.Builder builder = MockServer.builder().timeline(options.timeline())
        .token(options.token()).webhookKey(options.webhookKey()).examplesDir(options.examplesDir());
    if (options.clock() != null) builder.clock(options.clock());
    options.customizer().accept(builder);
    // Last, so no customizer can move a test's mock off loopback or onto a fixed port another build may hold.
    builder.host("127.0.0.1").port(0);
    MockServer server = builder.build().start();
    current = server;
    return server;
  }

  private void stop(MockServer server) {
    if (current == server) current = null;
    server.close();
  }

  private ExtensionOptions options(ExtensionContext context) {
    if (configured != null) return configured;
    for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
      MockServerTest annotation = AnnotationSupport.findAnnotation(type, MockServerTest.class).orElse(null);
      if (annotation != null) return ExtensionOptions.of(annotation);
    }
    return new Builder().options();
  }

  /** Fills the static fields ({@code instance} null) or the instance fields marked {@link FromMock}. */
  private void injectFields(ExtensionContext context, Object instance, MockServer server) {
    Class<?> type = instance == null ? context.getRequiredTestClass() : instance.getClass();
    List<Field> fields = AnnotationSupport.findAnnotatedFields(type, FromMock.class,
        field -> Modifier.isStatic(field.getModifiers()) == (instance == null), HierarchyTraversalMode.TOP_DOWN);
    for (Field field : fields) {
      if (Modifier.isFinal(field.getModifiers())) {
        throw new ExtensionConfigurationException("@FromMock field " + field + " must not be final");
      }
      try {
        Object value = value(field.getType(), field.getAnnotation(FromMock.class).value(), server, context);
        field.setAccessible(true);
        field.set(instance, value);
      } catch (IllegalArgumentException | IllegalAccessException e) {
        throw new ExtensionConfigurationException("Cannot inject @FromMock field " + field + ": " + e.getMessage(), e);
      }
    }
  }

  private Object value(Class<?> type, String provider, MockServer server, ExtensionContext context) {
    if (type == MockServer.class) return server;
    if (type == MockAdmin.class) return server.admin();
    boolean client = type.getName().equals(ClientOpener.CLIENT_TYPE);
    if (type != String.class && type != URI.class && !client) {
      throw new IllegalArgumentException("@FromMock fills MockServer, MockAdmin, String, URI or SunoClient, not "
          + type.getName());
    }
    if (provider.isBlank()) {
      throw new IllegalArgumentException("name the provider: @FromMock(\"kie\"), \"sunoapi-org\" or \"sunoapi-com\"");
    }
    String baseUrl = server.baseUrl(provider);
    if (type == String.class) return baseUrl;
    if (type == URI.class) return URI.create(baseUrl);
    AutoCloseable opened = ClientOpener.open(provider, baseUrl, options(context));
    clients(context).add(opened);
    return opened;
  }

  @SuppressWarnings("unchecked")
  private static List<AutoCloseable> clients(ExtensionContext context) {
    // Keyed by the context's own id: a plain key would find the class's list from inside a method.
    String key = "clients " + context.getUniqueId();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    List<AutoCloseable> clients = (List<AutoCloseable>) store.get(key, List.class);
    if (clients == null) {
      clients = new ArrayList<>();
      store.put(key, clients);
    }
    return clients;
  }

  private static void closeClients(ExtensionContext context) throws Exception {
    Exception failure = null;
    for (AutoCloseable client : clients(context)) {
      try {
        client.close();
      } catch (Exception e) {
        if (failure == null) failure = e; else failure.addSuppressed(e);
      }
    }
    clients(context).clear();
    if (failure != null) throw failure;
  }

  /** Options of a registered extension; each has the default {@link MockServerTest} documents. */
  public static final class Builder {
    private Duration timeline = Duration.ZERO;
    private String token;
    private Clock clock;
    private Path examplesDir;
    private String webhookKey;
    private String callbackUrl;
    private Consumer<MockServer.Builder> customizer = builder -> { };

    private Builder() {}

    /** Time from a task's creation to its final state; default zero (tasks are done at the first fetch). */
    public Builder timeline(Duration timeline) {
      Objects.requireNonNull(timeline, "timeline == null");
      if (timeline.isNegative()) throw new IllegalArgumentException("timeline < 0: " + timeline);
      this.timeline = timeline;
      return this;
    }

    /** The only bearer token the mock accepts, and the API key of injected clients; null accepts any token. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** The clock the mock's task lifecycles read; a test advances its own clock to move tasks on. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Extra examples laid out as {@code <provider>/<route>/<name>.json}. */
    public Builder examplesDir(Path examplesDir) {
      this.examplesDir = examplesDir;
      return this;
    }

    /** kie.ai's webhook HMAC key, for the mock's signatures and injected clients' verification. */
    public Builder webhookKey(String webhookKey) {
      this.webhookKey = webhookKey;
      return this;
    }

    /** The default callback URL of injected clients. */
    public Builder callbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl == null ? null : URI.create(callbackUrl).toString();
      return this;
    }

    /** Any other {@link MockServer.Builder} setting, applied last (host and port stay loopback and free). */
    public Builder configure(Consumer<MockServer.Builder> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer == null");
      return this;
    }

    public MockServerExtension build() {
      return new MockServerExtension(options());
    }

    ExtensionOptions options() {
      return new ExtensionOptions(timeline, token, clock, examplesDir, webhookKey, callbackUrl, customizer);
    }
  }
}
