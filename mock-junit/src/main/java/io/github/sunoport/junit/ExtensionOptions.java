package io.github.sunoport.junit;

import io.github.sunoport.mock.MockServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The settings of the mocks one {@link MockServerExtension} starts, from its builder or from {@link MockServerTest}. */
record ExtensionOptions(Duration timeline, String token, Clock clock, Path examplesDir, String webhookKey,
    String callbackUrl, Consumer<MockServer.Builder> customizer) {

  static ExtensionOptions of(MockServerTest annotation) {
    MockServerExtension.Builder builder = MockServerExtension.builder().timeline(parseDuration(annotation.timeline()))
        .token(blankToNull(annotation.token())).webhookKey(blankToNull(annotation.webhookKey()))
        .callbackUrl(blankToNull(annotation.callbackUrl()));
    if (!annotation.examples().isBlank()) builder.examplesDir(Path.of(annotation.examples()));
    return builder.options();
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }

  /** Seconds ({@code 0.5}) or ISO-8601 ({@code PT0.5S}), as the mock's {@code --timeline} flag reads them. */
  static Duration parseDuration(String text) {
    try {
      Duration duration = text.strip().toUpperCase(Locale.ROOT).startsWith("P")
          ? Duration.parse(text.strip())
          : Duration.ofNanos(new BigDecimal(text.strip()).movePointRight(9).longValueExact());
      if (!duration.isNegative()) return duration;
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException ignored) {
      // reported below with the value
    }
    throw new ExtensionConfigurationException(
        "@MockServerTest(timeline) must be seconds (0.5) or an ISO duration (PT6S), not '" + text + "'");
  }
}
