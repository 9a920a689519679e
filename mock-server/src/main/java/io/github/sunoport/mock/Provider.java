package io.github.sunoport.mock;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The replayed providers, each served under {@code /<id>/}. */
enum Provider {
  KIE("kie", true),
  SUNOAPI_ORG("sunoapi-org", true),
  SUNOAPI_COM("sunoapi-com", false);

  final String id;
  /** kie.ai and sunoapi.org share paths, the {code,msg,data} envelope and statuses (providers.md 4). */
  final boolean family;

  Provider(String id, boolean family) {
    this.id = id;
    this.family = family;
  }

  static Provider find(String id) {
    for (Provider provider : values()) {
      if (provider.id.equals(id)) return provider;
    }
    return null;
  }

  static Provider of(String id) {
    Provider provider = find(id);
    if (provider == null) {
      throw new IllegalArgumentException("Unknown provider '" + id + "'; known: " + ids());
    }
    return provider;
  }

  static String ids() {
    return Arrays.stream(values()).map(p -> p.id).collect(Collectors.joining(", "));
  }
}
