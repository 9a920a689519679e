package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.DerivedEndToEndSuite;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.mock.MockServer;

/**
 * The derived end-to-end suite on kie.ai's Market route, with a webhook key: the same calls as on the legacy route,
 * created through {@code jobs/createTask}, polled through {@code jobs/recordInfo}, called back signed.
 */
class KieMarketDerivedEndToEndTest extends DerivedEndToEndSuite {
  private static final String WEBHOOK_KEY = "kie-market-derived-e2e-webhook-key";

  @Override
  protected String provider() {
    return "kie-market";
  }

  @Override
  protected String mockProfile() {
    return "kie";
  }

  /** A Market task is called back once, when it ends. */
  @Override
  protected int musicCallbacks() {
    return 1;
  }

  @Override
  protected MockServer.Builder mock(MockServer.Builder builder) {
    return builder.webhookKey(WEBHOOK_KEY);
  }

  @Override
  protected ProviderSettings.Builder settings(ProviderSettings.Builder builder) {
    return builder.webhookKey(WEBHOOK_KEY);
  }
}
