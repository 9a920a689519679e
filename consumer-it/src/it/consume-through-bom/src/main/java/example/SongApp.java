package example;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.port.SunoClient;
import java.util.Map;

/** An app's own code: picks the provider from its configuration and asks for lyrics. */
public final class SongApp {
  private SongApp() {}

  /** Submits a lyrics task to the configured provider and fetches it once. */
  public static LyricsTask lyrics(Map<String, String> config, String prompt) {
    String provider = config.getOrDefault("SUNOPORT_PROVIDER", "kie");
    try (SunoClient client = SunoProviders.open(provider, ProviderSettings.fromMap(config, "SUNOPORT_"))) {
      TaskId id = client.lyrics().submit(prompt);
      if (client.account().credits().remaining().signum() <= 0) {
        throw new IllegalStateException("no credits left at " + provider);
      }
      return client.lyrics().fetch(id);
    }
  }
}
