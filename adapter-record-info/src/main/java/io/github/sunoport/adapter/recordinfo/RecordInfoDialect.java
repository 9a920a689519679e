package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one provider of the record-info family does differently. The defaults are the limits both providers document;
 * a provider overrides what it documents otherwise.
 */
public interface RecordInfoDialect {
  /** The provider's id. */
  ProviderId id();

  /** The provider's real base URL. */
  URI defaultBaseUrl();

  /** The credits path relative to the base URL (kie.ai {@code api/v1/chat/credit}). */
  String creditsPath();

  /** The provider's body codes. */
  ErrorTable errorTable();

  /** The models the provider accepts; names this library does not know are passed through unchecked. */
  List<SunoModel> models();

  /** The longest title for {@code model}. */
  int titleLimit(SunoModel model);

  /** The longest lyrics prompt: 200 characters. */
  default int lyricsPromptLimit() {
    return 200;
  }

  /** The longest description in description mode: 500 characters. */
  default int descriptionLimit() {
    return 500;
  }

  /** The longest lyrics in custom mode: 3000 characters for V3_5 and V4, 5000 for later models. */
  default int lyricsLimit(SunoModel model) {
    return isOlder(model) ? 3000 : 5000;
  }

  /** The longest style: 200 characters for V3_5 and V4, 1000 for later models. */
  default int styleLimit(SunoModel model) {
    return isOlder(model) ? 200 : 1000;
  }

  /**
   * The verifier of signed callbacks under {@code settings}, or empty when the provider signs none or no webhook
   * key is set; then callbacks are parsed unverified. The default is empty.
   */
  default Optional<CallbackVerifier> callbackVerifier(ProviderSettings settings) {
    return Optional.empty();
  }

  /**
   * What the provider documents for music from audio and its upload host, or empty when it offers neither. The
   * default is empty.
   */
  default Optional<AudioDialect> audio() {
    return Optional.empty();
  }

  /**
   * How long the provider documents keeping the links of a derived {@code kind} (WAV, stems, video, cover images),
   * counted from when the task completed; empty when it does not say. The default is empty.
   */
  default Optional<Duration> linkLifetime(DerivedKind kind) {
    return Optional.empty();
  }

  /**
   * Whether the provider separates one named instrument ({@code split_stem_advanced} with a {@code stemName}); only
   * kie.ai documents it. The default is false.
   */
  default boolean separatesOneInstrument() {
    return false;
  }

  private static boolean isOlder(SunoModel model) {
    return model.equals(SunoModel.V3_5) || model.equals(SunoModel.V4);
  }
}
