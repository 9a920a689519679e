package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.RecordInfoProfiles;
import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;

/** sunoapi.org against hostile answers, task ids and prompts; its credits live at the generate path. */
class SunoApiOrgHostileAnswersTest extends HostileAnswersSuite {
  SunoApiOrgHostileAnswersTest() {
    super(HostileProfile.of("sunoapi-org", RecordInfoProfiles.ROUTES,
        RecordInfoProfiles.paths("api/v1/generate/credit")));
  }
}
