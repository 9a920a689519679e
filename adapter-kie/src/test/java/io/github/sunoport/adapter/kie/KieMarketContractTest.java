package io.github.sunoport.adapter.kie;

import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.SunoClientContract;
import io.github.sunoport.mock.contract.MockServerFixture;

/** The shared contract over kie.ai's Market API: the same suite {@link KieContractTest} runs on the legacy tree. */
class KieMarketContractTest extends SunoClientContract {
  @Override
  protected ContractFixture createFixture() {
    return new MockServerFixture(KieMarketProfiles.PROFILE);
  }
}
