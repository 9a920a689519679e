package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.model.derived.DerivedKind;
import java.time.Duration;
import java.util.Optional;

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

  /** Derived results are Market results too: their links live {@link #resultLinkLifetime()}; MIDI has none. */
  @Override
  default Optional<Duration> linkLifetime(DerivedKind kind) {
    return kind == DerivedKind.MIDI ? Optional.empty() : Optional.of(resultLinkLifetime());
  }
}
