package io.github.sunoport.spring;

import io.github.sunoport.adapter.support.OkHttpCustomizer;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.failover.FailoverClient;
import io.github.sunoport.core.observe.SunoListener;
import io.github.sunoport.core.port.SunoClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link SunoClient} bean from the {@code sunoport.*} properties: one provider's client, or a {@link FailoverClient}
 * over several, closed with the context. Every bean backs off when the app defines its own. {@link SunoListener}
 * beans are told of every exchange, retry and await poll; an {@link OkHttpCustomizer} bean fits the HTTP client into
 * the app's.
 */
@AutoConfiguration
@ConditionalOnClass(SunoClient.class)
@EnableConfigurationProperties(SunoportProperties.class)
public class SunoportAutoConfiguration {

  /**
   * Opens the configured provider, or every configured provider behind a failover client.
   *
   * @throws InvalidSettingsException naming the property that is missing or wrong
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(SunoClient.class)
  public SunoClient sunoClient(SunoportProperties properties, ObjectProvider<SunoListener> listeners,
      ObjectProvider<OkHttpCustomizer> customizer) {
    List<String> ids = ProviderChoice.ids(properties);
    SunoListener listener = listener(listeners);
    List<SunoClient> clients = new ArrayList<>();
    try {
      for (String id : ids) {
        ProviderSettings settings = settings(id, properties.getProviders().get(id), listener, customizer);
        clients.add(SunoProviders.open(id, settings));
      }
    } catch (RuntimeException e) {
      clients.forEach(SunoClient::close);
      throw e;
    }
    return clients.size() == 1 ? clients.get(0) : FailoverClient.of(clients);
  }

  /** An awaiter telling the app's listeners of every poll. */
  @Bean
  @ConditionalOnMissingBean(TaskAwaiter.class)
  public TaskAwaiter taskAwaiter(ObjectProvider<SunoListener> listeners) {
    return TaskAwaiter.builder().listener(listener(listeners)).build();
  }

  private static SunoListener listener(ObjectProvider<SunoListener> listeners) {
    List<SunoListener> all = listeners.orderedStream().toList();
    return all.isEmpty() ? SunoListener.none() : SunoListener.all(all.toArray(SunoListener[]::new));
  }

  private static ProviderSettings settings(String id, SunoportProperties.Provider p, SunoListener listener,
      ObjectProvider<OkHttpCustomizer> customizer) {
    String prefix = "sunoport.providers." + id + ".";
    Map<String, String> config = new LinkedHashMap<>();
    put(config, prefix + "api-key", p.getApiKey());
    put(config, prefix + "base-url", p.getBaseUrl());
    put(config, prefix + "connect-timeout", p.getConnectTimeout());
    put(config, prefix + "read-timeout", p.getReadTimeout());
    put(config, prefix + "call-timeout", p.getCallTimeout());
    put(config, prefix + "callback-url", p.getCallbackUrl());
    put(config, prefix + "webhook-key", p.getWebhookKey());
    put(config, prefix + "retry-max-attempts", p.getRetryMaxAttempts());
    put(config, prefix + "allow-insecure-http", p.getAllowInsecureHttp());
    // fromMap checks every value and names a bad one by the key the app wrote in application.yml.
    ProviderSettings.Builder builder = ProviderSettings.fromMap(config, prefix).toBuilder().listener(listener);
    customizer.ifAvailable(c -> builder.extension(OkHttpCustomizer.class, c));
    return builder.build();
  }

  private static void put(Map<String, String> config, String key, Object value) {
    if (value != null) {
      config.put(key, value.toString());
    }
  }
}
