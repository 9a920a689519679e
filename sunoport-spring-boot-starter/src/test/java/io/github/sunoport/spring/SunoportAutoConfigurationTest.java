package io.github.sunoport.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.failover.FailoverClient;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.observe.ExchangeFinished;
import io.github.sunoport.core.observe.SunoListener;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SunoportAutoConfigurationTest {
  private static MockServer mock;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SunoportAutoConfiguration.class));

  @BeforeAll
  static void startMock() {
    mock = MockServer.builder().timeline(Duration.ZERO).build().start();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  @BeforeEach
  void forgetRecordings() {
    RecordingProviderFactory.CLOSED.clear();
    RecordingProviderFactory.OPENED.clear();
  }

  @Test
  void opens_the_configured_provider_from_properties_and_it_talks_to_the_mock() {
    runner.withPropertyValues("sunoport.provider=kie", "sunoport.providers.kie.api-key=test-key",
        "sunoport.providers.kie.base-url=" + mock.baseUrl("kie"),
        "sunoport.providers.kie.callback-url=https://app.example/cb", "sunoport.providers.kie.read-timeout=5s")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(SunoClient.class).hasSingleBean(TaskAwaiter.class);
          SunoClient client = context.getBean(SunoClient.class);
          assertThat(client.provider()).isEqualTo(ProviderId.of("kie"));
          assertThat(client.account().credits().remaining()).isPositive();
        });
  }

  @Test
  void a_missing_api_key_fails_the_start_naming_the_property() {
    runner.withPropertyValues("sunoport.provider=kie", "sunoport.providers.kie.base-url=" + mock.baseUrl("kie"))
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().isInstanceOf(InvalidSettingsException.class)
            .hasMessageContaining("sunoport.providers.kie.api-key"));
  }

  @Test
  void a_provider_without_any_entry_fails_the_start_naming_its_api_key() {
    runner.withPropertyValues("sunoport.provider=sunoapi-com")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("sunoport.providers.sunoapi-com.api-key"));
  }

  @Test
  void a_bad_value_fails_the_start_naming_its_property_and_never_the_key() {
    runner.withPropertyValues("sunoport.providers.kie.api-key=secret-key-123",
        "sunoport.providers.kie.read-timeout=-5s")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("sunoport.providers.kie.read-timeout")
            .message().doesNotContain("secret-key-123"));
  }

  @Test
  void nothing_configured_fails_the_start_saying_what_to_set() {
    runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("sunoport.provider"));
  }

  @Test
  void several_providers_make_a_failover_client_in_the_given_order() {
    runner.withPropertyValues("sunoport.failover-order=sunoapi-org,kie",
        "sunoport.providers.kie.api-key=k1", "sunoport.providers.kie.base-url=" + mock.baseUrl("kie"),
        "sunoport.providers.kie.callback-url=https://app.example/cb",
        "sunoport.providers.sunoapi-org.api-key=k2",
        "sunoport.providers.sunoapi-org.base-url=" + mock.baseUrl("sunoapi-org"),
        "sunoport.providers.sunoapi-org.callback-url=https://app.example/cb")
        .run(context -> {
          assertThat(context).hasNotFailed();
          SunoClient client = context.getBean(SunoClient.class);
          assertThat(client).isInstanceOf(FailoverClient.class);
          FailoverClient failover = (FailoverClient) client;
          assertThat(failover.client(ProviderId.of("sunoapi-org")).provider()).isEqualTo(ProviderId.of("sunoapi-org"));
          assertThat(failover.client(ProviderId.of("kie")).provider()).isEqualTo(ProviderId.of("kie"));
        });
  }

  @Test
  void the_client_is_closed_with_the_context() {
    runner.withPropertyValues("sunoport.providers.recording.api-key=k1").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(RecordingProviderFactory.CLOSED).isEmpty();
    });

    assertThat(RecordingProviderFactory.CLOSED).containsExactly("client-1");
  }

  @Test
  void an_app_defined_client_wins_and_none_is_opened() {
    runner.withUserConfiguration(OwnClient.class).withPropertyValues("sunoport.providers.recording.api-key=k1")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(SunoClient.class);
          assertThat(context.getBean(SunoClient.class)).hasToString("own");
          assertThat(RecordingProviderFactory.OPENED).isEmpty();
        });
  }

  @Test
  void listener_beans_are_told_of_every_exchange() {
    runner.withUserConfiguration(Listening.class).withPropertyValues("sunoport.providers.kie.api-key=test-key",
        "sunoport.providers.kie.base-url=" + mock.baseUrl("kie"))
        .run(context -> {
          context.getBean(SunoClient.class).account().credits();
          assertThat(context.getBean(Listening.class).finished).singleElement()
              .satisfies(f -> assertThat(f.exchange().operation()).isNotBlank())
              .satisfies(f -> assertThat(f.status()).hasValue(200));
          assertThat(RecordingProviderFactory.OPENED).isEmpty();
        });
  }

  @Test
  void ships_configuration_metadata_describing_the_properties() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata on the class path").isNotNull();
      String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(metadata).contains("\"sunoport.provider\"", "\"sunoport.failover-order\"", "\"sunoport.providers\"",
          "SunoportProperties$Provider", "\"sunoport.providers.keys\"", "\"sunoapi-org\"");
    }
  }

  /** Each hint list names every provider on the class path (bar this test's own), so an IDE offers them all. */
  @Test
  void metadata_hints_name_every_provider_id_on_the_class_path() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> ids = io.github.sunoport.core.SunoProviders.available().stream()
          .filter(id -> !id.equals(RecordingProviderFactory.ID.value())).toList();
      assertThat(ids).contains("kie", "kie-market");
      for (String hint : List.of("sunoport.provider", "sunoport.providers.keys", "sunoport.failover-order")) {
        int start = metadata.indexOf("\"name\": \"" + hint + "\"", metadata.indexOf("\"hints\""));
        assertThat(start).as(hint).isNotNegative();
        String values = metadata.substring(start, metadata.indexOf(']', start));
        for (String id : ids) {
          assertThat(values).as("%s lists %s", hint, id).contains("\"value\": \"" + id + "\"");
        }
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    SunoClient ownClient() {
      return (SunoClient) java.lang.reflect.Proxy.newProxyInstance(SunoClient.class.getClassLoader(),
          new Class<?>[] {SunoClient.class}, (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> "own";
            case "hashCode" -> 1;
            case "equals" -> proxy == args[0];
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Listening {
    final List<ExchangeFinished> finished = new CopyOnWriteArrayList<>();

    @Bean
    SunoListener recordingListener() {
      return new SunoListener() {
        @Override
        public void exchangeFinished(ExchangeFinished f) {
          finished.add(f);
        }
      };
    }
  }
}
