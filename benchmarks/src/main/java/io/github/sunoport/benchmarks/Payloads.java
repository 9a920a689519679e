package io.github.sunoport.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The documented record-info answers the mock server replays, read from its bundled contract files, so that every
 * benchmark measures the same bytes the mock serves.
 */
enum Payloads {
  KIE_LYRICS("kie", "kie/lyrics-record-info/success.json", "11dc****8b0f"),
  KIE_MUSIC("kie", "kie/generate-record-info/success.json", "5c79****be8e"),
  SUNOAPI_ORG_LYRICS("sunoapi-org", "sunoapi-org/lyrics-record-info/success.json", "11dc****8b0f"),
  SUNOAPI_ORG_MUSIC("sunoapi-org", "sunoapi-org/generate-record-info/success.json", "5c79****be8e"),
  SUNOAPI_COM_LYRICS("sunoapi-com", "sunoapi-com/get-lyrics/success.json", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce");

  final String provider;
  final String resource;
  final String taskId;

  Payloads(String provider, String resource, String taskId) {
    this.provider = provider;
    this.resource = resource;
    this.taskId = taskId;
  }

  /** The answer's bytes, exactly as the mock serves them. */
  byte[] bytes() {
    try (InputStream in = Payloads.class.getResourceAsStream("/sunoport-mock/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("sunoport-mock/" + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isMusic() {
    return name().endsWith("_MUSIC");
  }
}
