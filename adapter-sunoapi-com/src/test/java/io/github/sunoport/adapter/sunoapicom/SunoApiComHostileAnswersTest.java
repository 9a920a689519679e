package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import io.github.sunoport.core.contract.ContractFixture.Operation;

/**
 * sunoapi.com against hostile answers, task ids and prompts. The mock has no stored music task example (the docs'
 * one is truncated), so music fetches spoil this module's succeeded-task fixture instead.
 */
class SunoApiComHostileAnswersTest extends HostileAnswersSuite {
  SunoApiComHostileAnswersTest() {
    super(HostileProfile.of("sunoapi-com", SunoApiComContractTest.ROUTES, SunoApiComContractTest.PATHS)
        .withPayload(Operation.FETCH_MUSIC, "sunoapi-com/task-succeeded.json"));
  }
}
