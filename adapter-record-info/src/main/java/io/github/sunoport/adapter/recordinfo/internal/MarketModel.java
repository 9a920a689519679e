package io.github.sunoport.adapter.recordinfo.internal;

import java.util.Optional;

/**
 * The Suno operations this library sends through kie.ai's Market API, each by the outer {@code model} id that names
 * it (never the Suno version, which goes in {@code input.model}). Adding an operation: a constant here, its input
 * record in {@link MarketWire}, the reading of its {@code resultJson} in {@link MarketMapper}, and one line in the
 * client's operations.
 */
public enum MarketModel {
  /** Music from a description or custom lyrics; {@code resultJson.data} lists the songs. */
  GENERATE("ai-music-api/generate"),
  /** Continues a track; {@code resultJson.data} lists the songs. */
  EXTEND("ai-music-api/extend"),
  /** Lyrics from a prompt; {@code resultJson.resultObject.lyricsData} lists the variants. */
  LYRICS("ai-music-api/generate-lyrics"),
  /** Words of a track aligned to its audio; answered at once, in the create call's {@code data}. */
  TIMESTAMPED_LYRICS("ai-music-api/timeStamped-lyrics");

  private final String id;

  MarketModel(String id) {
    this.id = id;
  }

  /** The outer {@code model} id. */
  public String id() {
    return id;
  }

  /** The operation whose id is {@code id}; empty for one this library does not send. */
  public static Optional<MarketModel> of(String id) {
    for (MarketModel model : values()) {
      if (model.id.equals(id)) {
        return Optional.of(model);
      }
    }
    return Optional.empty();
  }
}
