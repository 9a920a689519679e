package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.mock.contract.MockServerFixture;
import io.github.sunoport.core.contract.ContractFixture;
import io.github.sunoport.core.contract.DocumentedMusic;
import io.github.sunoport.core.contract.SunoClientContract;
import java.time.Duration;
import java.util.List;

class SunoApiOrgContractTest extends SunoClientContract {
  @Override
  protected ContractFixture createFixture() {
    return new MockServerFixture(RecordInfoProfiles.of("sunoapi-org", "api/v1/generate/credit",
        new DocumentedMusic("5c79****be8e", 1, "8551****662c", Duration.ofMillis(198_440), List.of("electrifying", "rock"), "chirp-v3-5"), RecordInfoProfiles.SUNOAPI_ORG_DERIVED));
  }
}
