package io.github.sunoport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.UnknownProviderException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SunoProvidersTest {
  private static final ProviderSettings SETTINGS = ProviderSettings.builder().apiKey("sk-test-key").build();

  @Test
  void opens_the_provider_with_the_given_id() {
    try (SunoClient client = SunoProviders.open("fake-a", SETTINGS)) {
      assertThat(client).isInstanceOf(FakeClient.class);
      assertThat(client.provider()).isEqualTo(ProviderId.of("fake-a"));
      assertThat(client.capabilities()).containsExactly(Capability.LYRICS);
      assertThat(((FakeClient) client).settings()).isSameAs(SETTINGS);
    }
  }

  @Test
  void an_opened_client_works_through_its_ports() {
    try (SunoClient client = SunoProviders.open("fake-b", SETTINGS)) {
      TaskId id = client.lyrics().submit("a song about rain");

      assertThat(id.provider()).isEqualTo(ProviderId.of("fake-b"));
      assertThat(client.lyrics().fetch(id).state()).isEqualTo(TaskState.SUCCEEDED);
      assertThat(client.account().credits().isPositive()).isTrue();
    }
  }

  @Test
  void lists_every_provider_on_the_class_path_sorted() {
    assertThat(SunoProviders.available()).containsExactly("fake-a", "fake-b");
  }

  @Test
  void factory_returns_the_registered_factory() {
    SunoProviderFactory factory = SunoProviders.factory("fake-b");

    assertThat(factory).isInstanceOf(FakeProviderFactory.B.class);
    assertThat(factory.capabilities()).contains(Capability.MUSIC);
  }

  @Test
  void unknown_id_fails_listing_the_available_ids() {
    assertThatThrownBy(() -> SunoProviders.open("kie", SETTINGS))
        .isInstanceOfSatisfying(UnknownProviderException.class, e -> {
          assertThat(e.getMessage()).contains("'kie'", "[fake-a, fake-b]");
          assertThat(e.isRetryable()).isFalse();
        });
  }

  @Test
  void a_missing_capability_fails_naming_provider_and_capability() {
    try (SunoClient client = SunoProviders.open("fake-a", SETTINGS)) {
      assertThat(client.supports(Capability.MUSIC)).isFalse();

      assertThatThrownBy(client::music).isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> {
        assertThat(e.getMessage()).contains("fake-a", "MUSIC");
        assertThat(e.provider()).contains(ProviderId.of("fake-a"));
      });
      assertThatThrownBy(client::account).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("CREDITS");
    }
  }

  @Test
  void each_open_creates_a_new_client() {
    SunoClient first = SunoProviders.open("fake-a", SETTINGS);
    try (SunoClient second = SunoProviders.open("fake-a", SETTINGS)) {
      first.close();

      assertThat(first).isNotSameAs(second);
      assertThatThrownBy(() -> first.lyrics().submit("rain"))
          .isInstanceOf(io.github.sunoport.core.error.ClientClosedException.class);
      assertThat(second.lyrics()).isNotNull();
    }
  }

  @Test
  void rejects_null_arguments() {
    assertThatNullPointerException().isThrownBy(() -> SunoProviders.open("fake-a", null)).withMessage("settings == null");
    assertThatNullPointerException().isThrownBy(() -> SunoProviders.factory(null)).withMessage("id == null");
  }

  @Test
  void two_adapters_claiming_one_id_fail_naming_both(@TempDir Path dir) throws Exception {
    ClassLoader loader = loaderWithServices(dir, FakeProviderFactory.DuplicateA.class.getName());

    assertThatIllegalStateException().isThrownBy(() -> withContextLoader(loader, SunoProviders::available))
        .withMessageContaining("'fake-a'")
        .withMessageContaining(FakeProviderFactory.A.class.getName())
        .withMessageContaining(FakeProviderFactory.DuplicateA.class.getName());
  }

  @Test
  void an_adapter_that_cannot_be_loaded_fails_clearly(@TempDir Path dir) throws Exception {
    ClassLoader loader = loaderWithServices(dir, "com.example.MissingFactory");

    assertThatIllegalStateException().isThrownBy(() -> withContextLoader(loader, () -> SunoProviders.factory("fake-a")))
        .withMessageStartingWith("a provider adapter on the class path could not be loaded")
        .withMessageContaining("com.example.MissingFactory");
  }

  @Test
  void uses_the_context_class_loader() throws Exception {
    ClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    assertThat(withContextLoader(empty, SunoProviders::available)).isEmpty();
    assertThatThrownBy(() -> withContextLoader(empty, () -> SunoProviders.factory("fake-a")))
        .isInstanceOf(UnknownProviderException.class)
        .hasMessageContaining("available: none");
  }

  private static ClassLoader loaderWithServices(Path dir, String... factories) throws IOException {
    Path services = dir.resolve("META-INF/services/" + SunoProviderFactory.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, String.join("\n", factories) + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, SunoProvidersTest.class.getClassLoader());
  }

  private static <T> T withContextLoader(ClassLoader loader, Callable<T> call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
