package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.model.ProviderId;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ErrorDetailsTest {
  private static final ProviderId KIE = ProviderId.of("kie");

  @Test
  void of_an_answer_keeps_every_part() {
    ErrorDetails details = ErrorDetails.of(KIE, 429, 430, "Your call frequency is too high");

    assertThat(details.provider()).contains(KIE);
    assertThat(details.httpStatus()).hasValue(429);
    assertThat(details.providerCode()).hasValue(430);
    assertThat(details.providerMessage()).isEqualTo("Your call frequency is too high");
    assertThat(details.describe()).isEqualTo("kie, HTTP 429, code 430, \"Your call frequency is too high\"");
  }

  @Test
  void of_an_answer_without_code_or_message() {
    ErrorDetails details = ErrorDetails.of(KIE, 500, null, null);

    assertThat(details.providerCode()).isEmpty();
    assertThat(details.providerMessage()).isEmpty();
    assertThat(details.describe()).isEqualTo("kie, HTTP 500");
  }

  @Test
  void none_describes_nothing() {
    assertThat(ErrorDetails.none().describe()).isEmpty();
    assertThat(ErrorDetails.none().provider()).isEmpty();
  }

  @Test
  void describes_a_message_without_provider() {
    ErrorDetails details = new ErrorDetails(Optional.empty(), OptionalInt.empty(), OptionalInt.of(7), "odd");

    assertThat(details.describe()).isEqualTo("code 7, \"odd\"");
  }

  @Test
  void cuts_messages_longer_than_500_characters() {
    String message = "m".repeat(500) + "TAIL";

    ErrorDetails details = ErrorDetails.of(KIE, 500, 500, message);

    assertThat(details.providerMessage()).isEqualTo("m".repeat(500) + "...");
    assertThat(new ProviderServerException("x", details).getMessage()).doesNotContain("TAIL");
  }

  @Test
  void keeps_a_message_of_500_characters() {
    String message = "m".repeat(500);

    assertThat(ErrorDetails.of(KIE, 500, 500, message).providerMessage()).isEqualTo(message);
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException()
        .isThrownBy(() -> new ErrorDetails(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), null))
        .withMessage("providerMessage == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new ErrorDetails(null, OptionalInt.empty(), OptionalInt.empty(), ""))
        .withMessage("provider == null");
  }
}
