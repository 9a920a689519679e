package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A Market dialect for family-level tests: V4 to V5 and the V6 family, titles of 80, an optional verifier. */
final class TestMarketDialect implements MarketDialect {
  static final ProviderId ID = ProviderId.of("market");
  private final CallbackVerifier verifier;

  TestMarketDialect() {
    this(null);
  }

  TestMarketDialect(CallbackVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public URI defaultBaseUrl() {
    return URI.create("https://api.market.example/");
  }

  @Override
  public String creditsPath() {
    return "api/v1/chat/credit";
  }

  @Override
  public ErrorTable errorTable() {
    return (code, message) -> code == 401 ? Optional.of(ErrorKind.AUTHENTICATION) : Optional.empty();
  }

  @Override
  public List<SunoModel> models() {
    return List.of(SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS, SunoModel.V5, SunoModel.of("V6"),
        SunoModel.of("V6_MINI"));
  }

  @Override
  public int titleLimit(SunoModel model) {
    return 80;
  }

  @Override
  public Optional<CallbackVerifier> callbackVerifier(ProviderSettings settings) {
    return Optional.ofNullable(verifier);
  }
}
