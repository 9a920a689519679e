package io.github.sunoport.mock.contract;

import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract needs to know of one provider's derived outputs on this mock.
 *
 * @param failures per derived kind, each status the provider's record sends for a failure (a word, or a number for
 *     MIDI and cover images) and the failure kind it stands for
 * @param lifetimes per derived kind, how long the provider documents keeping the files
 * @param downloadLinkLifetime how long a temporary download link works, where the provider offers them
 * @param oneInstrument whether the provider separates one named instrument
 */
public record DerivedProfile(Map<DerivedKind, Map<String, FailureKind>> failures,
    Map<DerivedKind, Duration> lifetimes, Optional<Duration> downloadLinkLifetime, boolean oneInstrument) {
  /** A provider without derived outputs. */
  public static final DerivedProfile NONE = new DerivedProfile(Map.of(), Map.of(), Optional.empty(), false);

  /** Copies the maps. */
  public DerivedProfile {
    failures = Map.copyOf(failures);
    lifetimes = Map.copyOf(lifetimes);
  }
}
