package io.github.sunoport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SongDemoTest {
  @ParameterizedTest
  @ValueSource(strings = {"kie", "sunoapi-org", "sunoapi-com"})
  void runs_unchanged_against_every_provider_picked_by_id(String provider) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    new SongDemo(out).run(DemoOptions.parse(new String[] {"--provider", provider, "--timeline", "0.4", "rain"}),
        Map.of());

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("embedded mock server", "Provider " + provider, "Lyrics task " + provider + ":",
        "Music task " + provider + ":", "is SUCCEEDED", "Track ");
    assertThat(printed).doesNotContain("failed:");
  }

  @Test
  void reads_provider_timeline_and_prompt_from_the_command_line() {
    DemoOptions options = DemoOptions.parse(new String[] {"--timeline", "0.5", "--provider", "sunoapi-com", "hi"});

    assertThat(options.provider()).isEqualTo("sunoapi-com");
    assertThat(options.timeline()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.prompt()).isEqualTo("hi");
  }

  @Test
  void refuses_unknown_options_and_missing_values() {
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--nope"})).hasMessageContaining("--nope");
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--provider"})).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--timeline", "x"})).hasMessageContaining("seconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"KIE", "suno", ""})
  void an_unknown_provider_is_one_line_listing_the_ids_and_no_stack_trace(String provider) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SongDemo.run(new String[] {"--provider", provider, "rain"}, Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(1);
    assertThat(printed).startsWith("failed: no provider '" + provider + "' on the class path; available: ")
        .contains("kie", "sunoapi-org", "sunoapi-com").doesNotContain("\tat ", "Exception");
    assertThat(printed.lines()).hasSize(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("embedded mock server");
  }

  @Test
  void a_prompt_with_a_control_character_is_refused_in_one_line_naming_the_field() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SongDemo.run(new String[] {"--provider", "kie", "--timeline", "0", "rain\u0007drop"}, Map.of(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("failed: prompt contains control character U+0007")
        .doesNotContain("\tat ");
  }
}
