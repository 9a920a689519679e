package io.github.sunoport.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockAdmin;
import io.github.sunoport.mock.MockServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs fixture classes through the JUnit launcher and checks what the extension did around them. */
class MockServerExtensionTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final List<Integer> PORTS = new CopyOnWriteArrayList<>();
  /** Set while a test launches a fixture: run on their own (say by a -Dtest pattern), the fixtures are skipped. */
  private static volatile boolean launching;

  static boolean launching() {
    return launching;
  }

  @Test
  void oneMockPerClassInjectedEverywhereResetBetweenMethodsAndStoppedAfterTheClass() throws Exception {
    PORTS.clear();
    TestExecutionSummary summary = run(AnnotatedFixture.class);

    assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(PORTS).hasSize(2).containsOnly(PORTS.get(0));
    assertThatThrownBy(() -> get(PORTS.get(0), "/kie/api/v1/chat/credit", "fixture-key"))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aRegisteredExtensionAppliesItsOptions() {
    TestExecutionSummary summary = run(RegisteredFixture.class);

    assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
  }

  @Test
  void anInstanceFieldRegistrationGivesEveryMethodItsOwnMock() {
    PORTS.clear();
    TestExecutionSummary summary = run(PerMethodFixture.class);

    assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).isEmpty();
    assertThat(PORTS).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aFieldWithoutItsProviderFailsNamingTheField() {
    TestExecutionSummary summary = run(MisusedFixture.class);

    assertThat(summary.getFailures()).hasSize(1);
    assertThat(summary.getFailures().get(0).getException())
        .hasMessageContaining("baseUrl").hasMessageContaining("name the provider");
  }

  private static synchronized TestExecutionSummary run(Class<?> fixture) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launching = true;
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
          listener);
    } finally {
      launching = false;
    }
    return listener.getSummary();
  }

  static HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @EnabledIf("io.github.sunoport.junit.MockServerExtensionTest#launching")
  @MockServerTest(token = "fixture-key")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class AnnotatedFixture {
    @FromMock static MockServer classServer;
    @FromMock("kie") String kieUrl;
    @FromMock("sunoapi-com") URI comUrl;

    @Test
    @Order(1)
    void first(MockServer server, MockAdmin admin, @FromMock("kie") SunoClient kie) throws Exception {
      PORTS.add(server.port());
      assertThat(server).isSameAs(classServer);
      assertThat(kieUrl).isEqualTo("http://127.0.0.1:" + server.port() + "/kie/");
      assertThat(comUrl).isEqualTo(URI.create(server.baseUrl("sunoapi-com")));
      assertThat(kie.account().credits().isPositive()).isTrue();
      assertThat(get(server.port(), "/kie/api/v1/chat/credit", "wrong").body()).containsPattern("\"code\": ?401\\b");
      admin.failNext("kie", "credits", 1, "credits");
      assertThat(admin.requests()).hasSize(2);
    }

    @Test
    @Order(2)
    void second(MockServer server, MockAdmin admin) throws Exception {
      PORTS.add(server.port());
      assertThat(admin.requests()).isEmpty();
      // The fault queued by the first method is gone with the reset.
      assertThat(get(server.port(), "/kie/api/v1/chat/credit", "fixture-key").body()).containsPattern("\"code\": ?200\\b");
    }
  }

  @EnabledIf("io.github.sunoport.junit.MockServerExtensionTest#launching")
  static class RegisteredFixture {
    static final Instant FROZEN = Instant.parse("2030-01-02T03:04:05Z");

    @RegisterExtension
    static final MockServerExtension MOCK = MockServerExtension.builder().token("registered")
        .clock(Clock.fixed(FROZEN, ZoneOffset.UTC)).configure(builder -> builder.host("0.0.0.0").port(1))
        .build();

    @Test
    void optionsReachTheMock() throws Exception {
      MockServer server = MOCK.server();
      assertThat(server.host()).isEqualTo("127.0.0.1");
      assertThat(server.port()).isNotEqualTo(1);
      assertThat(get(server.port(), "/kie/api/v1/chat/credit", "registered").body()).containsPattern("\"code\": ?200\\b");
      assertThat(get(server.port(), "/kie/api/v1/chat/credit", "other").body()).containsPattern("\"code\": ?401\\b");
      assertThat(MOCK.admin().requests()).allSatisfy(r -> assertThat(r.time()).isEqualTo(FROZEN));
    }
  }

  @EnabledIf("io.github.sunoport.junit.MockServerExtensionTest#launching")
  static class PerMethodFixture {
    @RegisterExtension
    final MockServerExtension mock = MockServerExtension.builder().build();

    @Test
    void one(MockServer server) {
      PORTS.add(server.port());
    }

    @Test
    void two(MockServer server) {
      PORTS.add(server.port());
    }
  }

  @EnabledIf("io.github.sunoport.junit.MockServerExtensionTest#launching")
  @MockServerTest
  static class MisusedFixture {
    @FromMock String baseUrl;

    @Test
    void neverRuns() {
      throw new AssertionError("the field should have failed first");
    }
  }
}
