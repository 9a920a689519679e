package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import io.github.sunoport.core.contract.ContractFixture.Operation;
import java.util.Map;

/** kie.ai's Market route against hostile answers, from the mock server's derived Market payloads. */
class KieMarketHostileAnswersTest extends HostileAnswersSuite {
  KieMarketHostileAnswersTest() {
    super(profile());
  }

  private static HostileProfile profile() {
    HostileProfile profile = HostileProfile.of("kie-market", KieMarketProfiles.ROUTES, Map.of(
            Operation.FETCH_LYRICS, KieMarketProfiles.RECORD,
            Operation.FETCH_MUSIC, KieMarketProfiles.RECORD))
        .withPayload(Operation.FETCH_LYRICS, "sunoport-mock/kie/market-record-info/lyrics-success.json")
        .withPayload(Operation.FETCH_MUSIC, "sunoport-mock/kie/market-record-info/success.json")
        .withPayload(Operation.TIMESTAMPED_LYRICS, "sunoport-mock/kie/timestamped-lyrics/success.json")
        .withPayload(Operation.CREDITS, "sunoport-mock/kie/credits/success.json")
        .withPayload(Operation.FILE_UPLOAD, "sunoport-mock/kie/file-url-upload/success.json")
        .withPayload(Operation.DOWNLOAD_LINK, "sunoport-mock/kie/download-url/success.json");
    for (Operation create : KieMarketProfiles.CREATES.keySet()) {
      if (create != Operation.TIMESTAMPED_LYRICS) {
        profile = profile.withPayload(create, "sunoport-mock/kie/market-create/success.json");
      }
    }
    return profile;
  }
}
