package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.DerivedCalls;
import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** kie.ai against hostile answers, hostile task ids and prompts, with the mock server's documented payloads. */
class KieHostileAnswersTest extends HostileAnswersSuite {
  KieHostileAnswersTest() {
    super(HostileProfile.of("kie", RecordInfoProfiles.ROUTES_WITH_DOWNLOAD_LINKS, RecordInfoProfiles.paths("api/v1/chat/credit")));
  }

  /** Every derived and styling call, through the same hostile answers. */
  @Override
  protected Map<String, HostileCall> extraCalls() {
    Map<String, HostileCall> calls = new LinkedHashMap<>();
    DerivedCalls.of("kie").forEach((name, c) -> calls.put(name, new HostileCall(c.payload(), c.call())));
    return calls;
  }
}
