package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.DerivedCalls;
import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** sunoapi.org against hostile answers, task ids and prompts; its credits live at the generate path. */
class SunoApiOrgHostileAnswersTest extends HostileAnswersSuite {
  SunoApiOrgHostileAnswersTest() {
    super(HostileProfile.of("sunoapi-org", RecordInfoProfiles.ROUTES,
        RecordInfoProfiles.paths("api/v1/generate/credit")));
  }

  /** Every derived and styling call, through the same hostile answers. */
  @Override
  protected Map<String, HostileCall> extraCalls() {
    Map<String, HostileCall> calls = new LinkedHashMap<>();
    DerivedCalls.of("sunoapi-org").forEach((name, c) -> calls.put(name, new HostileCall(c.payload(), c.call())));
    return calls;
  }
}
