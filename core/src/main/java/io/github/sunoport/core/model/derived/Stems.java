package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ResultLink;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A track split into stems: one link per {@link StemRole}, and the provider's own list of parts (with the ids MIDI
 * transcription needs) where it sends one. Stem links are kept 14 days by kie.ai; sunoapi.org says only that they
 * expire.
 *
 * @param type how finely the track was split
 * @param links one link per role, in {@link StemRole} order
 * @param parts the provider's list of stems with their ids, possibly empty
 */
public record Stems(SeparationType type, Map<StemRole, ResultLink> links, List<StemPart> parts)
    implements DerivedResult {
  private static final Set<StemRole> TWO = Set.of(StemRole.VOCALS, StemRole.INSTRUMENTAL);

  /**
   * Copies the map and list and checks that at least one stem is present.
   *
   * @throws IllegalArgumentException if there is neither a link nor a part
   */
  public Stems {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(links, "links == null");
    Objects.requireNonNull(parts, "parts == null");
    EnumMap<StemRole, ResultLink> ordered = new EnumMap<>(StemRole.class);
    links.forEach((role, link) -> ordered.put(
        Objects.requireNonNull(role, "links has a null role"),
        Objects.requireNonNull(link, "links[" + role + "] == null")));
    links = java.util.Collections.unmodifiableMap(ordered);
    for (int i = 0; i < parts.size(); i++) {
      Objects.requireNonNull(parts.get(i), "parts[" + i + "] == null");
    }
    parts = List.copyOf(parts);
    if (links.isEmpty() && parts.isEmpty()) {
      throw new IllegalArgumentException("stems need at least one stem link or part");
    }
  }

  /**
   * Returns stems with the type told by which roles are present, since providers do not echo the type asked for: an
   * instrumental means {@link SeparationType#TWO_STEMS}; any role a two-stem split lacks means
   * {@link SeparationType#TWELVE_STEMS}; vocals alone are {@link SeparationType#UNKNOWN}.
   */
  public static Stems of(Map<StemRole, ResultLink> links, List<StemPart> parts) {
    Objects.requireNonNull(links, "links == null");
    SeparationType type;
    if (links.containsKey(StemRole.INSTRUMENTAL)) {
      type = SeparationType.TWO_STEMS;
    } else if (links.keySet().stream().anyMatch(role -> !TWO.contains(role))) {
      type = SeparationType.TWELVE_STEMS;
    } else {
      type = SeparationType.UNKNOWN;
    }
    return new Stems(type, links, parts);
  }

  /** Returns the link of the stem holding {@code role}, if the separation produced one. */
  public Optional<ResultLink> link(StemRole role) {
    return Optional.ofNullable(links.get(Objects.requireNonNull(role, "role == null")));
  }

  @Override
  public DerivedKind kind() {
    return DerivedKind.STEMS;
  }
}
