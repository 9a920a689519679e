package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.DerivedEndToEndSuite;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.mock.MockServer;

/** The derived end-to-end suite against kie.ai, with a webhook key: every derived callback is signed and verified. */
class KieDerivedEndToEndTest extends DerivedEndToEndSuite {
  private static final String WEBHOOK_KEY = "kie-derived-e2e-webhook-key";

  @Override
  protected String provider() {
    return "kie";
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
