package io.github.sunoport.adapter.support;

import java.util.Map;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.SunoModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.model.TaskId;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestRulesTest {
  private final RequestRules rules = new RequestRules(Transports.PROVIDER);

  @Test
  void counts_code_points_so_an_emoji_is_one_character() {
    // given: 200 emoji are 400 UTF-16 chars
    String emoji = "\uD83C\uDFB5".repeat(200);

    // when / then
    assertThatCode(() -> rules.maxLength(Optional.of(emoji), "prompt", 200, "")).doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.maxLength(Optional.of(emoji + "a"), "prompt", 200, ""))
        .isInstanceOf(PromptTooLongException.class);
  }

  @Test
  void a_text_over_the_limit_names_field_limit_and_length() {
    assertThatThrownBy(() -> rules.maxLength(Optional.of("x".repeat(81)), "title", 80, "for V5"))
        .isInstanceOfSatisfying(PromptTooLongException.class, e -> {
          assertThat(e.field()).contains("title");
          assertThat(e.limit()).hasValue(80);
          assertThat(e.provider()).contains(Transports.PROVIDER);
          assertThat(e.isRetryable()).isFalse();
        })
        .hasMessageContaining("81").hasMessageContaining("80").hasMessageContaining("for V5");
  }

  @Test
  void a_text_at_the_limit_or_absent_passes() {
    assertThatCode(() -> rules.maxLength(Optional.of("x".repeat(80)), "title", 80, "")).doesNotThrowAnyException();
    assertThatCode(() -> rules.maxLength(Optional.empty(), "title", 0, "")).doesNotThrowAnyException();
  }

  @Test
  void the_request_callback_url_wins_over_the_settings_default() {
    ProviderSettings settings = ProviderSettings.builder().apiKey("k")
        .defaultCallbackUrl(URI.create("https://app.example/cb")).build();

    assertThat(rules.callbackUrl(Optional.of(URI.create("https://other.example/hook")), settings))
        .isEqualTo(URI.create("https://other.example/hook"));
    assertThat(rules.callbackUrl(Optional.empty(), settings)).isEqualTo(URI.create("https://app.example/cb"));
  }

  @Test
  void a_missing_callback_url_is_an_invalid_request_naming_the_field() {
    ProviderSettings settings = ProviderSettings.builder().apiKey("k").build();

    assertThatThrownBy(() -> rules.callbackUrl(Optional.empty(), settings))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.field()).contains("callbackUrl"))
        .hasMessageContaining("defaultCallbackUrl");
  }

  @Test
  void owned_returns_the_value_of_this_providers_task() {
    assertThat(rules.owned(TaskId.of("kie", "11dc****8b0f"))).isEqualTo("11dc****8b0f");
  }

  @Test
  void owned_refuses_another_providers_task() {
    assertThatThrownBy(() -> rules.owned(TaskId.of("sunoapi-org", "5c79****be8e")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("taskId"))
        .hasMessageContaining("sunoapi-org");
  }

  @Test
  void a_track_of_another_provider_is_refused_naming_the_field_and_both_providers() {
    assertThat(rules.owned(new TrackId(Transports.PROVIDER, "t1"), "parentTrack")).isEqualTo("t1");
    assertThatThrownBy(() -> rules.owned(TrackId.of("sunoapi-com", "t1"), "parentTrack"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("parentTrack"))
        .hasMessageContaining("sunoapi-com").hasMessageContaining(Transports.PROVIDER.value());
  }

  @Test
  void a_model_is_sent_by_its_wire_name_refused_when_not_offered_and_passed_through_when_unknown() {
    Map<SunoModel, String> offered = Map.of(SunoModel.V4, "chirp-v4");

    assertThat(rules.wireModel(SunoModel.V4, offered)).isEqualTo("chirp-v4");
    assertThat(rules.wireModel(SunoModel.of("chirp-future"), offered)).isEqualTo("chirp-future");
    assertThatThrownBy(() -> rules.wireModel(SunoModel.V5, offered))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("model"))
        .hasMessageContaining("V5").hasMessageContaining("V4");
  }
}
