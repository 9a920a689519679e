package io.github.sunoport.spring;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A provider {@code recording} whose clients only remember their settings and whether they were closed. */
public final class RecordingProviderFactory implements SunoProviderFactory {
  static final ProviderId ID = ProviderId.of("recording");
  static final List<String> CLOSED = new CopyOnWriteArrayList<>();
  static final List<ProviderSettings> OPENED = new CopyOnWriteArrayList<>();

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of();
  }

  @Override
  public URI defaultBaseUrl() {
    return URI.create("https://recording.invalid/");
  }

  @Override
  public SunoClient create(ProviderSettings settings) {
    OPENED.add(settings);
    String name = "client-" + OPENED.size();
    return (SunoClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SunoClient.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "close" -> {
            CLOSED.add(name);
            yield null;
          }
          case "provider" -> ID;
          case "capabilities" -> Set.of();
          case "toString" -> name;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
