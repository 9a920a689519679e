package io.github.sunoport.adapter.recordinfo;

import java.time.Duration;

/**
 * A record-info provider reached through kie.ai's Market API ({@code POST api/v1/jobs/createTask},
 * {@code GET api/v1/jobs/recordInfo}) instead of the per-operation tree. The factory of a dialect implementing this
 * opens a Market client; the ports and domain values are the same as the legacy route's, so an app that switches
 * changes no code.
 */
public interface MarketDialect extends RecordInfoDialect {
  /**
   * How long result links work after the task ends: kie.ai's task-detail page says they "typically expire after 24
   * hours" (https://docs.kie.ai/market/common/get-task-detail).
   */
  default Duration resultLinkLifetime() {
    return Duration.ofHours(24);
  }
}
