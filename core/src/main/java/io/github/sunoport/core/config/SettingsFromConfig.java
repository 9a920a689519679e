package io.github.sunoport.core.config;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads {@link ProviderSettings} from string configuration, naming a bad value by its key as the app spells it. */
final class SettingsFromConfig {
  /** The keys {@link ProviderSettings#fromMap} reads, each with the builder's name for the setting. */
  private static final Map<String, String> CONFIG_KEYS = Map.ofEntries(Map.entry("upload-base-url", "uploadBaseUrl"),
      Map.entry("api-key", "apiKey"), Map.entry("base-url", "baseUrl"), Map.entry("connect-timeout", "connectTimeout"),
      Map.entry("read-timeout", "readTimeout"), Map.entry("call-timeout", "callTimeout"),
      Map.entry("operation-timeout", "operationTimeout"), Map.entry("callback-url", "defaultCallbackUrl"),
      Map.entry("user-agent", "userAgent"), Map.entry("allow-insecure-http", "allowInsecureHttp"),
      Map.entry("webhook-key", "webhookKey"), Map.entry("webhook-tolerance", "webhookTolerance"),
      Map.entry("retry-max-attempts", "retryPolicy.maxAttempts"),
      Map.entry("retry-initial-backoff", "retryPolicy.initialBackoff"),
      Map.entry("retry-max-backoff", "retryPolicy.maxBackoff"),
      Map.entry("retry-multiplier", "retryPolicy.multiplier"),
      Map.entry("retry-max-retry-after", "retryPolicy.maxRetryAfter"));

  private SettingsFromConfig() {}

  static ProviderSettings read(Map<String, String> config, String prefix) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(prefix, "prefix == null");
    Map<String, String> c = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    boolean environmentStyle = prefix.equals(prefix.toUpperCase(Locale.ROOT)) && !prefix.isEmpty();
    for (String key : CONFIG_KEYS.keySet()) {
      String plain = prefix + key;
      String environment = plain.toUpperCase(Locale.ROOT).replace('-', '_');
      String name = config.containsKey(plain) ? plain
          : config.containsKey(environment) || environmentStyle ? environment : plain;
      names.put(key, name);
      if (config.get(name) != null) {
        c.put(key, config.get(name));
      }
    }
    try {
      return fromValues(c, names);
    } catch (InvalidSettingsException e) {
      // Name the key the app has to fix, as it spells it, rather than the builder's name for it.
      String key = CONFIG_KEYS.entrySet().stream().filter(k -> k.getValue().equals(e.setting()))
          .map(Map.Entry::getKey).findFirst().orElse(null);
      if (key == null) {
        throw e;
      }
      throw new InvalidSettingsException(names.get(key), e.problem());
    }
  }

  private static ProviderSettings fromValues(Map<String, String> c, Map<String, String> names) {
    ProviderSettings.Builder b = ProviderSettings.builder().apiKey(c.get("api-key"));
    String value;
    if ((value = c.get("base-url")) != null) {
      b.baseUrl(ProviderSettings.uri(names.get("base-url"), value));
    }
    if ((value = c.get("upload-base-url")) != null) {
      b.uploadBaseUrl(ProviderSettings.uri(names.get("upload-base-url"), value));
    }
    if ((value = c.get("connect-timeout")) != null) {
      b.connectTimeout(duration(names.get("connect-timeout"), value));
    }
    if ((value = c.get("read-timeout")) != null) {
      b.readTimeout(duration(names.get("read-timeout"), value));
    }
    if ((value = c.get("call-timeout")) != null) {
      b.callTimeout(duration(names.get("call-timeout"), value));
    }
    if ((value = c.get("operation-timeout")) != null) {
      b.operationTimeout(duration(names.get("operation-timeout"), value));
    }
    if ((value = c.get("callback-url")) != null) {
      b.defaultCallbackUrl(ProviderSettings.uri(names.get("callback-url"), value));
    }
    if ((value = c.get("user-agent")) != null) {
      b.userAgent(value);
    }
    if ((value = c.get("allow-insecure-http")) != null) {
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        throw new InvalidSettingsException(names.get("allow-insecure-http"),
            "must be true or false, was '" + value + "'");
      }
      b.allowInsecureHttp(Boolean.parseBoolean(value));
    }
    if ((value = c.get("webhook-key")) != null) {
      b.webhookKey(ApiKey.of(value, names.get("webhook-key")));
    }
    if ((value = c.get("webhook-tolerance")) != null) {
      b.webhookTolerance(duration(names.get("webhook-tolerance"), value));
    }
    b.retryPolicy(retryPolicy(c, names));
    return b.build();
  }

  /** The default policy with whichever of its five values the configuration sets. */
  private static RetryPolicy retryPolicy(Map<String, String> c, Map<String, String> names) {
    RetryPolicy d = RetryPolicy.defaults();
    String value;
    int maxAttempts = d.maxAttempts();
    if ((value = c.get("retry-max-attempts")) != null) {
      String v = value.strip();
      if (!v.matches("\\d{1,9}")) {
        throw new InvalidSettingsException(names.get("retry-max-attempts"), "must be a whole number, was '" + v + "'");
      }
      maxAttempts = Integer.parseInt(v);
    }
    double multiplier = d.multiplier();
    if ((value = c.get("retry-multiplier")) != null) {
      try {
        multiplier = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new InvalidSettingsException(names.get("retry-multiplier"), "must be a number, was '" + value + "'");
      }
    }
    return new RetryPolicy(maxAttempts, durationOr(c, names, "retry-initial-backoff", d.initialBackoff()),
        durationOr(c, names, "retry-max-backoff", d.maxBackoff()), multiplier,
        durationOr(c, names, "retry-max-retry-after", d.maxRetryAfter()));
  }

  private static Duration durationOr(Map<String, String> c, Map<String, String> names, String key, Duration fallback) {
    String value = c.get(key);
    return value == null ? fallback : duration(names.get(key), value);
  }

  private static Duration duration(String setting, String value) {
    String v = value.strip();
    try {
      return v.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidSettingsException(setting, "is neither whole seconds nor an ISO-8601 duration: '" + v + "'");
    }
  }
}
