package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.core.model.MusicOperation;
import java.util.Optional;

/**
 * The Suno operations this library sends through kie.ai's Market API, each by the outer {@code model} id that names
 * it (never the Suno version, which goes in {@code input.model}). The ids are those of kie's Suno OpenAPI as third
 * parties read it in October 2026 (kie links each to its old page, such as https://docs.kie.ai/suno-api/cover-suno).
 * Adding an operation: a constant here, the reading of its {@code resultJson} in a Market mapper, and one line in
 * the client's operations; its {@code input} is the legacy body under snake_case names ({@link MarketInputs}).
 */
public enum MarketModel {
  /** Music from a description or custom lyrics; {@code resultJson.data} lists the songs. */
  GENERATE("ai-music-api/generate", MusicOperation.GENERATE),
  /** Continues a track; {@code resultJson.data} lists the songs. */
  EXTEND("ai-music-api/extend", MusicOperation.EXTEND),
  /** Covers an uploaded recording; songs as for generate. */
  UPLOAD_COVER("ai-music-api/upload-and-cover-audio", MusicOperation.UPLOAD_COVER),
  /** Continues an uploaded recording; songs as for generate. */
  UPLOAD_EXTEND("ai-music-api/upload-and-extend-audio", MusicOperation.UPLOAD_EXTEND),
  /** Sings over an uploaded instrumental; songs as for generate. */
  ADD_VOCALS("ai-music-api/add-vocals", MusicOperation.ADD_VOCALS),
  /** Accompanies an uploaded vocal; songs as for generate. */
  ADD_INSTRUMENTAL("ai-music-api/add-instrumental", MusicOperation.ADD_INSTRUMENTAL),
  /** Rewrites a window of a track; songs as for generate. */
  REPLACE_SECTION("ai-music-api/replace-section", MusicOperation.REPLACE_SECTION),
  /** Blends two uploads; songs as for generate. */
  MASHUP("ai-music-api/mashup", MusicOperation.MASHUP),
  /** Sound effects and loops; songs as for generate. */
  SOUNDS("ai-music-api/sounds", MusicOperation.SOUNDS),
  /** Lyrics from a prompt; {@code resultJson.resultObject.lyricsData} lists the variants. */
  LYRICS("ai-music-api/generate-lyrics", null),
  /** Words of a track aligned to its audio; answered at once, in the create call's {@code data}. */
  TIMESTAMPED_LYRICS("ai-music-api/timeStamped-lyrics", null);

  private final String id;
  private final MusicOperation music;

  MarketModel(String id, MusicOperation music) {
    this.id = id;
    this.music = music;
  }

  /** The outer {@code model} id. */
  public String id() {
    return id;
  }

  /** The music operation of a music-shaped model; empty for the others. */
  public Optional<MusicOperation> music() {
    return Optional.ofNullable(music);
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

  /** The model that makes {@code operation}'s songs. */
  public static MarketModel of(MusicOperation operation) {
    for (MarketModel model : values()) {
      if (model.music == operation) {
        return model;
      }
    }
    throw new IllegalArgumentException("no Market model makes " + operation);
  }
}
