package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;

/** kie.ai against hostile answers, hostile task ids and prompts, with the mock server's documented payloads. */
class KieHostileAnswersTest extends HostileAnswersSuite {
  KieHostileAnswersTest() {
    super(HostileProfile.of("kie", RecordInfoProfiles.ROUTES_WITH_DOWNLOAD_LINKS, RecordInfoProfiles.paths("api/v1/chat/credit")));
  }
}
