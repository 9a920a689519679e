package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What differs between the providers of the family, checked through the real factory found by
 * {@link java.util.ServiceLoader}: body codes, credits path, models and title limits. A provider module extends it
 * with its own tables.
 */
public abstract class AbstractRecordInfoProviderTest {
  private ProviderHarness harness;
  private SunoClient client;

  /** The provider's id, such as {@code kie}. */
  protected abstract String providerId();

  /** The credits path relative to the base URL. */
  protected abstract String creditsPath();

  /** The provider's real base URL. */
  protected abstract String defaultBaseUrl();

  /** Each body code the provider documents and the exception it must become. */
  protected abstract Map<Integer, Class<? extends SunoException>> bodyCodes();

  /** The longest title per model. */
  protected abstract Map<SunoModel, Integer> titleLimits();

  /** Known models the provider does not offer. */
  protected abstract List<SunoModel> modelsNotOffered();

  @BeforeEach
  void openClient() {
    harness = new ProviderHarness(providerId());
    client = SunoProviders.open(providerId(), harness.settings().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void closeClient() {
    client.close();
    harness.close();
  }

  /** The running server. */
  protected ProviderHarness harness() {
    return harness;
  }

  /** The client under test. */
  protected SunoClient client() {
    return client;
  }

  @Test
  void is_found_by_id_with_the_family_capabilities_and_an_https_default() {
    // when
    SunoProviderFactory factory = SunoProviders.factory(providerId());

    // then
    assertThat(SunoProviders.available()).contains(providerId());
    assertThat(factory.id().value()).isEqualTo(providerId());
    java.util.Set<Capability> expected = java.util.EnumSet.of(Capability.LYRICS, Capability.MUSIC,
        Capability.EXTEND, Capability.TIMESTAMPED_LYRICS, Capability.CREDITS, Capability.CALLBACKS, Capability.WAV,
        Capability.STEMS, Capability.MIDI, Capability.VIDEO, Capability.COVER_IMAGE, Capability.PERSONA,
        Capability.STYLE_BOOST);
    expected.addAll(moreCapabilities());
    assertThat(factory.capabilities()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(factory.defaultBaseUrl()).hasToString(defaultBaseUrl());
    assertThat(client.provider().value()).isEqualTo(providerId());
    assertThat(client.capabilities()).isEqualTo(factory.capabilities());
  }

  /** The capabilities beyond the family's base set that this provider documents. */
  protected java.util.Set<Capability> moreCapabilities() {
    return java.util.Set.of();
  }

  @TestFactory
  Stream<DynamicTest> each_body_code_under_http_200_becomes_its_exception() {
    return bodyCodes().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> dynamicTest(
        "code " + entry.getKey() + " -> " + entry.getValue().getSimpleName(), () -> {
          // given
          harness.answer("{\"code\":" + entry.getKey() + ",\"msg\":\"provider message\",\"data\":null}");

          // when / then
          assertThatThrownBy(() -> client.lyrics().submit("rain")).isExactlyInstanceOf(entry.getValue())
              .satisfies(e -> {
                SunoException suno = (SunoException) e;
                assertThat(suno.httpStatus()).hasValue(200);
                assertThat(suno.providerCode()).hasValue(entry.getKey());
                assertThat(suno.providerMessage()).isEqualTo("provider message");
                assertThat(suno.provider().map(Object::toString)).contains(providerId());
              });
        }));
  }

  @ParameterizedTest(name = "data {0} -> {1}")
  @CsvSource({"100, 100", "738.0, 738", "'\"12.5\"', 12.5", "0, 0"})
  void credits_are_read_from_the_providers_path_in_every_numeric_form(String data, BigDecimal expected) {
    // given
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":" + data + "}");

    // when
    BigDecimal remaining = client.account().credits().remaining();

    // then
    assertThat(remaining).isEqualByComparingTo(expected);
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo(harness.prefix() + creditsPath());
  }

  @TestFactory
  Stream<DynamicTest> titles_are_limited_per_model() {
    return titleLimits().entrySet().stream().map(entry -> dynamicTest(
        entry.getKey() + " allows " + entry.getValue(), () -> {
          // given
          SunoModel model = entry.getKey();
          int limit = entry.getValue();
          int before = harness.requestCount();
          harness.answerTaskCreated("t");

          // when: at the limit it is sent, one over it is refused before sending
          client.music().submit(MusicRequest.customInstrumental("t".repeat(limit), "Classical").model(model).build());
          assertThatThrownBy(() -> client.music().submit(
              MusicRequest.customInstrumental("t".repeat(limit + 1), "Classical").model(model).build()))
              .isInstanceOfSatisfying(PromptTooLongException.class, e -> {
                assertThat(e.field()).contains("title");
                assertThat(e.limit()).hasValue(limit);
              });

          // then
          assertThat(harness.requestCount()).isEqualTo(before + 1);
          assertThat(ProviderHarness.jsonBody(harness.take())).containsEntry("title", "t".repeat(limit));
        }));
  }

  @TestFactory
  Stream<DynamicTest> each_known_model_is_sent_by_its_wire_name_or_refused_before_sending() {
    return SunoModel.known().stream().map(model -> dynamicTest(model.name(), () -> {
      int before = harness.requestCount();
      if (modelsNotOffered().contains(model)) {
        assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("x").model(model).build()))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("model"));
        assertThat(harness.requestCount()).isEqualTo(before);
      } else {
        harness.answerTaskCreated("t");
        client.music().submit(MusicRequest.describe("x").model(model).build());
        assertThat(ProviderHarness.jsonBody(harness.take()))
            .containsEntry("model", model.name().replace("_PLUS", "PLUS").replace("_ALL", "ALL"));
      }
    }));
  }
}
