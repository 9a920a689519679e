package io.github.sunoport.core.config;

import io.github.sunoport.core.observe.SunoListener;
import java.net.ProxySelector;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings that plug an app's own objects in rather than values read from configuration: proxy, TLS, listener and
 * adapter extensions. Kept apart so that {@link ProviderSettings} stays a list of plain values.
 */
record Network(ProxySelector proxySelector, Tls tls, SunoListener listener, Map<Class<?>, Object> extensions) {
  static final Network DEFAULT = new Network(null, null, SunoListener.none(), Map.of());

  Network withProxySelector(ProxySelector proxySelector) {
    return new Network(proxySelector, tls, listener, extensions);
  }

  Network withTls(Tls tls) {
    return new Network(proxySelector, tls, listener, extensions);
  }

  Network withListener(SunoListener listener) {
    return new Network(proxySelector, tls, listener, extensions);
  }

  Network withExtension(Class<?> type, Object value) {
    if (value != null && !type.isInstance(value)) {
      throw new IllegalArgumentException("extension is not a " + type.getName());
    }
    Map<Class<?>, Object> copy = new HashMap<>(extensions);
    if (value == null) {
      copy.remove(type);
    } else {
      copy.put(type, value);
    }
    return new Network(proxySelector, tls, listener, Map.copyOf(copy));
  }

  /** The parts set, as ", proxySelector=set" and so on, for {@link ProviderSettings#toString()}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (proxySelector != null) {
      out.append(", proxySelector=").append(proxySelector.getClass().getSimpleName());
    }
    if (tls != null) {
      out.append(", tls=").append(tls);
    }
    if (listener != SunoListener.none()) {
      out.append(", listener=").append(listener.getClass().getSimpleName());
    }
    extensions.keySet().forEach(type -> out.append(", extension=").append(type.getSimpleName()));
    return out.toString();
  }
}
