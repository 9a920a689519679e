package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.port.SunoClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The documented callback examples, read from the mock server's jar, and a client that parses them offline. */
public final class CallbackExamples {
  private CallbackExamples() {}

  /** The bytes of {@code sunoport-mock/<provider>/callbacks/<name>.json}. */
  public static byte[] documented(String provider, String name) {
    return resource("/sunoport-mock/" + provider + "/callbacks/" + name + ".json");
  }

  /** The mock's index of bundled examples, one {@code <provider>/<route>/<name>.json} per line. */
  public static byte[] index() {
    return resource("/sunoport-mock/index.txt");
  }

  private static byte[] resource(String path) {
    try (InputStream in = CallbackExamples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + path + " on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client of {@code provider} that is only used to parse; it never sends anything. */
  public static SunoClient offlineClient(String provider) {
    return SunoProviders.open(provider, ProviderSettings.builder().apiKey("parse-only").build());
  }
}
