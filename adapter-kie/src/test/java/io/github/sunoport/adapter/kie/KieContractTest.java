package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.mock.contract.MockServerFixture;
import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.contract.SunoClientContract;
import java.time.Duration;
import java.util.List;

class KieContractTest extends SunoClientContract {
  @Override
  protected ContractFixture createFixture() {
    return new MockServerFixture(RecordInfoProfiles.of("kie", "api/v1/chat/credit",
        new DocumentedMusic("5c79****be8e", 1, "e231****-****-****-****-****8cadc7dc", Duration.ofMillis(198_440), List.of("electrifying", "rock"),
        "chirp-v3-5"), RecordInfoProfiles.KIE_DERIVED));
  }
}
