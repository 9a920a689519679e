package io.github.sunoport.spring;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.util.ArrayList;
import java.util.List;

/** Which providers the properties ask for, in order of preference. */
final class ProviderChoice {
  private ProviderChoice() {}

  /**
   * The failover order when given; else {@code sunoport.provider}; else the only configured provider; else every
   * configured provider, {@code sunoport.provider} first.
   *
   * @throws InvalidSettingsException naming the property to set or fix
   */
  static List<String> ids(SunoportProperties properties) {
    List<String> configured = new ArrayList<>(properties.getProviders().keySet());
    List<String> order = properties.getFailoverOrder();
    String chosen = properties.getProvider();
    List<String> ids;
    if (!order.isEmpty()) {
      ids = List.copyOf(order);
    } else if (chosen != null && !chosen.isBlank() && configured.size() <= 1) {
      ids = List.of(chosen.strip());
    } else if (!configured.isEmpty()) {
      if (chosen != null && configured.remove(chosen.strip())) {
        configured.add(0, chosen.strip());
      }
      ids = configured;
    } else {
      throw new InvalidSettingsException("sunoport.provider",
          "no provider is configured; set sunoport.provider and sunoport.providers.<id>.api-key");
    }
    if (ids.stream().distinct().count() != ids.size()) {
      throw new InvalidSettingsException("sunoport.failover-order", "names a provider twice: " + ids);
    }
    for (String id : ids) {
      if (!properties.getProviders().containsKey(id)) {
        throw new InvalidSettingsException("sunoport.providers." + id + ".api-key", "is missing");
      }
    }
    return ids;
  }
}
