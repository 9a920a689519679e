package io.github.sunoport.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidSettingsException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook settings callbacks are verified with: key and tolerance on {@link ProviderSettings}. */
class WebhookSettingsTest {
  private static final String KEY = "whk-secret-123";

  @Test
  void no_key_and_five_minutes_tolerance_by_default() {
    ProviderSettings settings = ProviderSettings.builder().apiKey("k").build();

    assertThat(settings.webhookKey()).isEmpty();
    assertThat(settings.webhookTolerance()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void the_key_survives_to_builder_but_never_shows_in_to_string() {
    ProviderSettings settings = ProviderSettings.builder().apiKey("k").webhookKey(KEY).build();

    assertThat(settings.webhookKey()).hasValueSatisfying(k -> assertThat(k.reveal()).isEqualTo(KEY));
    assertThat(settings.toBuilder().build().webhookKey()).isEqualTo(settings.webhookKey());
    assertThat(settings.toString()).doesNotContain(KEY).contains("webhookKey=****");
  }

  @Test
  void from_map_reads_the_webhook_key_and_tolerance() {
    ProviderSettings settings = ProviderSettings.fromMap(
        Map.of("kie.api-key", "k", "kie.webhook-key", KEY, "kie.webhook-tolerance", "PT2M"), "kie.");

    assertThat(settings.webhookKey().orElseThrow().reveal()).isEqualTo(KEY);
    assertThat(settings.webhookTolerance()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void a_blank_key_or_a_non_positive_tolerance_is_refused_by_name() {
    assertThatThrownBy(() -> ProviderSettings.builder().apiKey("k").webhookKey(" ").build())
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("webhookKey");
    assertThatThrownBy(() -> ProviderSettings.builder().apiKey("k").webhookTolerance(Duration.ZERO).build())
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("webhookTolerance");
    assertThatThrownBy(() -> ProviderSettings.fromMap(Map.of("api-key", "k", "webhook-key", "bad key"), ""))
        .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("webhook-key")
        .hasMessageNotContaining("bad key");
  }
}
