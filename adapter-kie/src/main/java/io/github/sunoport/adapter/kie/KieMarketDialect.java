package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoDialect;
import io.github.sunoport.adapter.recordinfo.AudioDialect;
import io.github.sunoport.adapter.recordinfo.CallbackVerifier;
import io.github.sunoport.adapter.recordinfo.MarketDialect;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * kie.ai through its Market API (https://docs.kie.ai/market/common/get-task-detail): same account, host, credits,
 * body codes and callback signing as {@link KieDialect}, other endpoints and another model list.
 */
final class KieMarketDialect extends AbstractRecordInfoDialect implements MarketDialect {
  static final ProviderId ID = ProviderId.of("kie-market");

  /**
   * The {@code input.model} values of Market's Suno generate model, as third parties read kie's OpenAPI in October
   * 2026: V4 to V5_5 and the V6 family, V6 the default; V3_5 is no longer offered there.
   */
  private static final List<SunoModel> MODELS = List.of(SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS,
      SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);
  private static final Set<SunoModel> SIXTH = Set.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);

  /**
   * Music from audio on Market, as third parties read kie's Suno OpenAPI in October 2026 (each model links its old
   * page, such as https://docs.kie.ai/suno-api/cover-suno): every generate model on the upload
   * operations, the V6 family added to the legacy add-vocals/add-instrumental models, sounds on V5 and later;
   * {@code lyrics} and {@code variety} with the V6 family, {@code duration} with V5_5 and the V6 family; mashup needs
   * style and title, while add-vocals' prompt and upload-extend's {@code continue_at} are no longer required. Uploads
   * and download links are kie's common file APIs, the same as the legacy route's.
   */
  private static final AudioDialect AUDIO = new AudioDialect(MODELS, MODELS,
      List.of(SunoModel.V4_5_PLUS, SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD),
      List.of(SunoModel.V5, SunoModel.V5_5, SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD),
      Set.of(), SIXTH, union(SIXTH, SunoModel.V5_5), union(SIXTH, SunoModel.V5, SunoModel.V5_5), true, false, false,
      false, true, KieDialect.UPLOAD_HOST, KieDialect.UPLOAD_RETENTION, KieDialect.DOWNLOAD_LINK_LIFETIME);

  KieMarketDialect() {
    super(ID, URI.create("https://api.kie.ai/"), "api/v1/chat/credit", KieDialect.CODES, MODELS);
  }

  /** The same webhook HMAC key and header as the legacy route: the key is the account's. */
  @Override
  public Optional<CallbackVerifier> callbackVerifier(ProviderSettings settings) {
    return new KieDialect().callbackVerifier(settings);
  }

  private static Set<SunoModel> union(Set<SunoModel> models, SunoModel... more) {
    Set<SunoModel> all = new java.util.HashSet<>(models);
    all.addAll(List.of(more));
    return all;
  }

  @Override
  public Optional<AudioDialect> audio() {
    return Optional.of(AUDIO);
  }

  /** Market lists {@code stem_name} among separate-vocals' inputs: the one-instrument split of the legacy page. */
  @Override
  public boolean separatesOneInstrument() {
    return true;
  }

  /** The title limit of kie's generate page, for every model. */
  @Override
  public int titleLimit(SunoModel model) {
    return 80;
  }
}
