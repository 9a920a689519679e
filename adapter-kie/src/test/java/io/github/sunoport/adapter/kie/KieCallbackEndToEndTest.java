package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.CallbackEndToEndSuite;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.mock.MockServer;

/** The family's callback suite against kie.ai, with a webhook key: every delivery's signature is verified too. */
class KieCallbackEndToEndTest extends CallbackEndToEndSuite {
  static final String WEBHOOK_KEY = "kie-e2e-webhook-key";

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
