package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliOptionsTest {
  /** A valid value for each flag that takes one. */
  private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("--port", "0"),
      Map.entry("--host", "127.0.0.1"), Map.entry("--examples", "."), Map.entry("--timeline", "1"),
      Map.entry("--token", "t"), Map.entry("--admin-token", "a"), Map.entry("--webhook-key", "k"),
      Map.entry("--allow-callback-host", "h"), Map.entry("--callback-timeout", "2"),
      Map.entry("--proxy", "kie=http://127.0.0.1:9/kie/"), Map.entry("--record-dir", "rec"));

  @Test
  void every_flag_parses_and_is_in_the_help() {
    for (String flag : MockServerLauncherIT.CliOptionsFlags.ALL) {
      String value = VALUES.get(flag);
      CliOptions options = value == null ? CliOptions.parse(flag) : CliOptions.parse(flag, value);
      assertThat(options).isNotNull();
      assertThat(CliOptions.USAGE).contains("  " + flag + " ");
    }
  }

  @Test
  void record_mode_flags_reach_the_builder() {
    CliOptions options = CliOptions.parse("--proxy", "kie=http://127.0.0.1:9/kie", "--proxy-all", "--record-dir", "rec");

    assertThat(options.proxies).hasSize(1);
    assertThat(options.proxies.get(0)).containsExactly("kie", "http://127.0.0.1:9/kie");
    assertThat(options.proxyAll).isTrue();
    assertThat(options.recordDir).isEqualTo(Path.of("rec"));
    assertThat(options.builder()).isNotNull();
    assertThatThrownBy(() -> CliOptions.parse("--record-dir", "rec").builder().build())
        .hasMessageContaining("--proxy");
  }
}
