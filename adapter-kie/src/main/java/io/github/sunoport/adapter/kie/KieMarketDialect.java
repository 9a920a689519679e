package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoDialect;
import io.github.sunoport.adapter.recordinfo.CallbackVerifier;
import io.github.sunoport.adapter.recordinfo.MarketDialect;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;

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
      SunoModel.V4_5_ALL, SunoModel.V5, SunoModel.V5_5, SunoModel.of("V6"), SunoModel.of("V6_MINI"),
      SunoModel.of("V6_WILD"));

  KieMarketDialect() {
    super(ID, URI.create("https://api.kie.ai/"), "api/v1/chat/credit", KieDialect.CODES, MODELS);
  }

  /** The same webhook HMAC key and header as the legacy route: the key is the account's. */
  @Override
  public Optional<CallbackVerifier> callbackVerifier(ProviderSettings settings) {
    return new KieDialect().callbackVerifier(settings);
  }

  /** The title limit of kie's generate page, for every model. */
  @Override
  public int titleLimit(SunoModel model) {
    return 80;
  }
}
