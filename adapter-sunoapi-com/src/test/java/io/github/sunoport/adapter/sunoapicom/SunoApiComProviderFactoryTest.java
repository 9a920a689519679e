package io.github.sunoport.adapter.sunoapicom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The factory as {@link java.util.ServiceLoader} finds it. */
class SunoApiComProviderFactoryTest {
  @Test
  void is_found_by_id_with_its_capabilities_and_default_base_url() {
    SunoProviderFactory factory = SunoProviders.factory("sunoapi-com");

    assertThat(factory).isInstanceOf(SunoApiComProviderFactory.class);
    assertThat(factory.capabilities())
        .containsExactlyInAnyOrder(Capability.LYRICS, Capability.MUSIC, Capability.EXTEND, Capability.CREDITS,
            Capability.CONCAT, Capability.CALLBACKS, Capability.SYNCHRONOUS_WAV, Capability.STEMS, Capability.FILE_UPLOAD,
            Capability.UPLOAD_COVER, Capability.UPLOAD_EXTEND, Capability.COVER);
    assertThat(factory.defaultBaseUrl()).isEqualTo(URI.create("https://api.sunoapi.com/"));
  }

  @Test
  void opens_a_client_that_declares_no_timestamped_lyrics_but_webhooks() {
    try (SunoClient client = SunoProviders.open("sunoapi-com", Fixtures.settings("http://127.0.0.1:9/x/"))) {
      assertThat(client.provider().value()).isEqualTo("sunoapi-com");
      assertThat(client.supports(Capability.TIMESTAMPED_LYRICS)).isFalse();
      assertThat(client.supports(Capability.CALLBACKS)).isTrue();
      assertThat(client.toString()).contains("http://127.0.0.1:9/x/").doesNotContain("test-key");
    }
  }
}
