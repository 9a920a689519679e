/**
 * The hostile-answer suite: every adapter operation against malformed, truncated, oversized, stalled, reset and
 * redirected answers and seeded variations of the documented payloads. Ships in the test-jar; each adapter module
 * runs it with one small subclass of {@link io.github.sunoport.adapter.support.hostile.HostileAnswersSuite}.
 */
package io.github.sunoport.adapter.support.hostile;
