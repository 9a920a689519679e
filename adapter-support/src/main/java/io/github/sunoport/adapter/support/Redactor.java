package io.github.sunoport.adapter.support;

import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.config.ProviderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks what must never reach a log: this client's API key and webhook key wherever they appear, the values of JSON
 * fields named like a secret, and query strings of URLs (apps put callback tokens there).
 */
final class Redactor {
  static final String MASK = "****";
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(\"[A-Za-z_]*(?i:key|token|secret|password|authorization|signature|hmac)[A-Za-z_]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s\"'?#]*)[?#][^\\s\"']*");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+");

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor of(ProviderSettings settings) {
    List<String> secrets = new ArrayList<>();
    secrets.add(settings.apiKey().reveal());
    settings.webhookKey().map(ApiKey::reveal).ifPresent(secrets::add);
    return new Redactor(List.copyOf(secrets));
  }

  String redact(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    out = SECRET_FIELD.matcher(out).replaceAll("$1\"" + MASK + "\"");
    out = URL_QUERY.matcher(out).replaceAll("$1?" + MASK);
    return BEARER.matcher(out).replaceAll("$1" + MASK);
  }
}
