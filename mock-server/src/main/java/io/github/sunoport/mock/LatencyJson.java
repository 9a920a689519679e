package io.github.sunoport.mock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The admin API's JSON for latencies per provider and route, and for lists of fault names. */
final class LatencyJson {
  private LatencyJson() {}

  /** True for a body that names a provider or a distribution; a bare {@code {"millis": N}} keeps its old meaning. */
  static boolean isShaped(Fields body) {
    Map<String, Object> json = body.body();
    return json.containsKey("provider") || json.containsKey("min") || json.containsKey("median");
  }

  /**
   * {@code {"provider", "route", "millis"}} fixed, {@code {"min", "max"}} uniform, {@code {"median", "sigma"}}
   * log-normal, with an optional {@code seed}; provider and route are optional (everything, every route).
   */
  static MockAdmin apply(MockAdmin admin, Fields body) throws BadInput {
    Latency latency;
    if (body.body().containsKey("median")) {
      Double sigma = body.optionalNumber("sigma");
      if (sigma == null) throw new IllegalArgumentException("sigma is required with median");
      latency = Latency.logNormal(millis(body, "median"), sigma);
    } else if (body.body().containsKey("min")) {
      latency = Latency.uniform(millis(body, "min"), millis(body, "max"));
    } else {
      latency = Latency.fixed(millis(body, "millis"));
    }
    Double seed = body.optionalNumber("seed");
    return admin.latency(body.optional("provider"), body.optional("route"), latency, seed == null ? 1 : seed.longValue());
  }

  private static Duration millis(Fields body, String field) throws BadInput {
    Double value = body.optionalNumber(field);
    if (value == null) throw new IllegalArgumentException(field + " is required");
    if (!(value >= 0 && value <= Latency.MAX.toMillis())) {
      throw new IllegalArgumentException(field + " must be 0 to " + Latency.MAX.toMillis() + " ms, not " + value);
    }
    return Duration.ofMillis(value.longValue());
  }

  static String[] strings(Map<String, Object> json, String field) {
    Object value = json.get(field);
    if (value == null) return new String[0];
    if (!(value instanceof List) || ((List<?>) value).stream().anyMatch(v -> !(v instanceof String))) {
      throw new IllegalArgumentException(field + " must be an array of strings");
    }
    return ((List<?>) value).toArray(new String[0]);
  }
}
