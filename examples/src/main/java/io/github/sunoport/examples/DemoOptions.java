package io.github.sunoport.examples;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The demo's command line: {@code [--provider ID] [--timeline SECONDS] [PROMPT]}. */
record DemoOptions(String provider, String prompt, Duration timeline, boolean help) {
  static final String USAGE = "usage: java -jar sunoport-examples.jar [--provider kie|sunoapi-org|sunoapi-com]"
      + " [--timeline SECONDS] [\"prompt\"]\n"
      + "  Configure a real provider with SUNOPORT_API_KEY (and SUNOPORT_CALLBACK_URL for kie / sunoapi-org);"
      + " without it an embedded mock server is used.";

  static DemoOptions parse(String[] args) {
    String provider = "kie";
    String prompt = "a song about rain";
    Duration timeline = Duration.ofSeconds(3);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          return new DemoOptions(provider, prompt, timeline, true);
        }
        case "--provider" -> provider = value(args, ++i, "--provider");
        case "--timeline" -> timeline = seconds(value(args, ++i, "--timeline"));
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          prompt = args[i];
        }
      }
    }
    return new DemoOptions(provider, prompt, timeline, false);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static Duration seconds(String value) {
    try {
      Duration d = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
      if (d.isNegative()) {
        throw new IllegalArgumentException("--timeline must not be negative");
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("--timeline takes seconds, such as 3 or 0.5: " + value);
    }
  }
}
