package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskState;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SunoExceptionTest {
  private static final ProviderId KIE = ProviderId.of("kie");
  private static final ErrorDetails ANSWER = ErrorDetails.of(KIE, 200, 402, "Insufficient credits");

  /** Every concrete exception, made from a summary and details, with whether retrying can help. */
  static Stream<Arguments> exceptions() {
    return Stream.of(
        of(AuthenticationException.class, false, AuthenticationException::new),
        of(ContentRejectedException.class, false, ContentRejectedException::new),
        of(InsufficientCreditsException.class, false, InsufficientCreditsException::new),
        of(InvalidRequestException.class, false, (s, d) -> new InvalidRequestException(s, "prompt", d)),
        of(PromptTooLongException.class, false, (s, d) -> new PromptTooLongException(s, "prompt", 200, d)),
        of(MaintenanceException.class, true, MaintenanceException::new),
        of(NetworkException.class, true, NetworkException::new),
        of(ProviderServerException.class, true, ProviderServerException::new),
        of(ProviderTimeoutException.class, true, ProviderTimeoutException::new),
        of(RateLimitedException.class, true, (s, d) -> new RateLimitedException(s, d, Optional.empty())),
        of(TaskNotFoundException.class, false, TaskNotFoundException::new),
        of(TaskNotReadyException.class, true, (s, d) -> new TaskNotReadyException(s, d, Optional.empty())),
        of(UnknownProviderException.class, false, UnknownProviderException::new),
        of(ClientClosedException.class, false, ClientClosedException::new),
        of(UnsupportedCapabilityException.class, false, UnsupportedCapabilityException::new),
        of(ProtocolException.class, false, (s, d) -> new ProtocolException(s, d, "<html>", null)),
        of(AwaitTimeoutException.class, false,
            (s, d) -> new AwaitTimeoutException("kie:t1", TaskState.SUCCEEDED, Duration.ofMinutes(1), null, d, null)),
        of(InvalidSettingsException.class, false, (s, d) -> new InvalidSettingsException("baseUrl", s)),
        of(DownloadException.class, false,
            (s, d) -> new DownloadException(DownloadException.Reason.WRONG_CONTENT_TYPE, s, d, null)),
        of(LedgerException.class, true, (s, d) -> new LedgerException(s, new java.sql.SQLException("gone"))),
        of(InvalidCallbackException.class, false,
            (s, d) -> new InvalidCallbackException(InvalidCallbackException.Reason.MALFORMED_BODY, s, d)));
  }

  private static Arguments of(
      Class<? extends SunoException> type, boolean retryable, BiFunction<String, ErrorDetails, SunoException> make) {
    return Arguments.of(type.getSimpleName(), retryable, make);
  }

  @ParameterizedTest(name = "{0} retryable={1}")
  @MethodSource("exceptions")
  void says_whether_retrying_can_help(String name, boolean retryable, BiFunction<String, ErrorDetails, SunoException> make) {
    SunoException e = make.apply("call failed", ANSWER);

    assertThat(e.getClass().getSimpleName()).isEqualTo(name);
    assertThat(e.isRetryable()).isEqualTo(retryable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exceptions")
  void carries_what_the_provider_answered(String name, boolean retryable,
      BiFunction<String, ErrorDetails, SunoException> make) {
    SunoException e = make.apply("call failed", ANSWER);

    if (!(e instanceof InvalidSettingsException) && !(e instanceof LedgerException)) { // these concern no answer
      assertThat(e.getMessage()).contains("kie", "HTTP 200", "code 402", "\"Insufficient credits\"");
      assertThat(e.provider()).contains(KIE);
      assertThat(e.httpStatus()).hasValue(200);
      assertThat(e.providerCode()).hasValue(402);
      assertThat(e.providerMessage()).isEqualTo("Insufficient credits");
    }
    assertThat(e).isInstanceOf(RuntimeException.class);
  }

  @Test
  void the_table_covers_every_exception_of_the_package() {
    Set<String> inTable = exceptions().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

    Set<String> inPackage = new ClassFileImporter().importPackages("io.github.sunoport.core.error").stream()
        .filter(c -> c.isAssignableTo(SunoException.class))
        .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toSet());

    assertThat(inTable).isEqualTo(inPackage);
  }

  @Test
  void message_is_the_summary_followed_by_the_known_details() {
    SunoException e = new InsufficientCreditsException("cannot generate", ANSWER);

    assertThat(e).hasMessage("cannot generate (kie, HTTP 200, code 402, \"Insufficient credits\")");
  }

  @Test
  void message_leaves_out_what_is_unknown() {
    assertThat(new NetworkException("connection reset", ErrorDetails.of(KIE))).hasMessage("connection reset (kie)");
    assertThat(new NetworkException("connection reset", ErrorDetails.none())).hasMessage("connection reset");
    assertThat(new ProviderServerException("boom", ErrorDetails.of(KIE, 502, null, null)))
        .hasMessage("boom (kie, HTTP 502)");
  }

  @Test
  void keeps_the_cause() {
    IOException cause = new IOException("reset");

    assertThat(new NetworkException("failed", ErrorDetails.of(KIE), cause)).hasCause(cause);
  }

  @Test
  void unsupported_capability_names_provider_capability_and_operation() {
    UnsupportedCapabilityException e = UnsupportedCapabilityException.of(ProviderId.of("sunoapi-com"),
        Capability.TIMESTAMPED_LYRICS, "music().timestampedLyrics");

    assertThat(e).hasMessageContaining("sunoapi-com").hasMessageContaining("TIMESTAMPED_LYRICS")
        .hasMessageContaining("music().timestampedLyrics");
    assertThat(e.provider()).contains(ProviderId.of("sunoapi-com"));
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void invalid_settings_names_the_setting() {
    InvalidSettingsException e = new InvalidSettingsException("readTimeout", "must be positive");

    assertThat(e).hasMessage("invalid setting 'readTimeout': must be positive");
    assertThat(e.setting()).isEqualTo("readTimeout");
    assertThat(e.provider()).isEmpty();
  }

  @Test
  void invalid_request_names_the_field_when_known() {
    assertThat(new InvalidRequestException("bad", "style", ErrorDetails.none()).field()).contains("style");
    assertThat(new InvalidRequestException("bad", null, ErrorDetails.none()).field()).isEmpty();
  }
}
