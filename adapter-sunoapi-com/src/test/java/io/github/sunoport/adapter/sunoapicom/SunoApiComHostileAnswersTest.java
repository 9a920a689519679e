package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import io.github.sunoport.core.contract.ContractFixture.Operation;

/**
 * sunoapi.com against hostile answers, task ids and prompts. The mock has no stored music task example (the docs'
 * one is truncated), so music fetches spoil this module's succeeded-task fixture instead. A cover or extension of
 * uploaded audio is two calls (upload, then create) answered alike, so their payload carries both a {@code clip_id}
 * and a {@code task_id}: every spoiled variation then reaches whichever call it breaks.
 */
class SunoApiComHostileAnswersTest extends HostileAnswersSuite {
  SunoApiComHostileAnswersTest() {
    super(HostileProfile.of("sunoapi-com", SunoApiComContractTest.ROUTES, SunoApiComContractTest.PATHS)
        .withPayload(Operation.FETCH_MUSIC, "sunoapi-com/task-succeeded.json")
        .withPayload(Operation.UPLOAD_COVER, "sunoapi-com/upload-then-create.json")
        .withPayload(Operation.UPLOAD_EXTEND, "sunoapi-com/upload-then-create.json"));
  }
}
