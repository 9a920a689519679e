package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.derived.DerivedKind;
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
  GENERATE("ai-music-api/generate", MusicOperation.GENERATE, null),
  /** Continues a track; {@code resultJson.data} lists the songs. */
  EXTEND("ai-music-api/extend", MusicOperation.EXTEND, null),
  /** Covers an uploaded recording; songs as for generate. */
  UPLOAD_COVER("ai-music-api/upload-and-cover-audio", MusicOperation.UPLOAD_COVER, null),
  /** Continues an uploaded recording; songs as for generate. */
  UPLOAD_EXTEND("ai-music-api/upload-and-extend-audio", MusicOperation.UPLOAD_EXTEND, null),
  /** Sings over an uploaded instrumental; songs as for generate. */
  ADD_VOCALS("ai-music-api/add-vocals", MusicOperation.ADD_VOCALS, null),
  /** Accompanies an uploaded vocal; songs as for generate. */
  ADD_INSTRUMENTAL("ai-music-api/add-instrumental", MusicOperation.ADD_INSTRUMENTAL, null),
  /** Rewrites a window of a track; songs as for generate. */
  REPLACE_SECTION("ai-music-api/replace-section", MusicOperation.REPLACE_SECTION, null),
  /** Blends two uploads; songs as for generate. */
  MASHUP("ai-music-api/mashup", MusicOperation.MASHUP, null),
  /** Sound effects and loops; songs as for generate. */
  SOUNDS("ai-music-api/sounds", MusicOperation.SOUNDS, null),
  /** Lyrics from a prompt; {@code resultJson.resultObject.lyricsData} lists the variants. */
  LYRICS("ai-music-api/generate-lyrics", null, null),
  /** Words of a track aligned to its audio; answered at once, in the create call's {@code data}. */
  TIMESTAMPED_LYRICS("ai-music-api/timeStamped-lyrics", null, null),
  // The derived models: kie documents no resultJson for them; see MarketDerivedMapper for the shapes read.
  /** A track as WAV; {@code resultJson.resultUrls} holds the file (measured by third parties). */
  WAV("ai-music-api/convert-to-wav-format", null, DerivedKind.WAV),
  /** A track's stems ({@code type}, {@code stem_name}). */
  STEMS("ai-music-api/separate-vocals", null, DerivedKind.STEMS),
  /** MIDI of a separation's stems. */
  MIDI("ai-music-api/generate-midi-from-audio", null, DerivedKind.MIDI),
  /** A track's music video; {@code resultJson.resultUrls} holds the MP4 (measured by third parties). */
  VIDEO("ai-music-api/create-music-video", null, DerivedKind.VIDEO),
  /** Cover images of a music task. */
  COVER_IMAGE("ai-music-api/cover-generate", null, DerivedKind.COVER_IMAGE),
  /** A persona from a track's voice; answered in the create call, as the legacy call is. */
  PERSONA("ai-music-api/generate-persona", null, null),
  /** A style description expanded; answered in the create call, as the legacy call is. */
  STYLE_BOOST("ai-music-api/boost-music-style", null, null);

  private final String id;
  private final MusicOperation music;
  private final DerivedKind derived;

  MarketModel(String id, MusicOperation music, DerivedKind derived) {
    this.id = id;
    this.music = music;
    this.derived = derived;
  }

  /** The derived kind of a model whose task makes a derived result; empty for the others. */
  public Optional<DerivedKind> derived() {
    return Optional.ofNullable(derived);
  }

  /** The model that makes {@code kind}'s results. */
  public static MarketModel of(DerivedKind kind) {
    for (MarketModel model : values()) {
      if (model.derived == kind) {
        return model;
      }
    }
    throw new IllegalArgumentException("no Market model makes " + kind);
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
