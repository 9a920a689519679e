package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A dialect for family-level tests: every model but V5_5, titles of 80 for V4 and 100 otherwise. */
final class TestDialect implements RecordInfoDialect {
  static final ProviderId ID = ProviderId.of("family");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public URI defaultBaseUrl() {
    return URI.create("https://api.family.example/");
  }

  @Override
  public String creditsPath() {
    return "api/v1/family/credit";
  }

  @Override
  public ErrorTable errorTable() {
    return (code, message) -> code == 401 ? Optional.of(ErrorKind.AUTHENTICATION) : Optional.empty();
  }

  @Override
  public List<SunoModel> models() {
    return List.of(SunoModel.V3_5, SunoModel.V4, SunoModel.V4_5, SunoModel.V4_5_PLUS, SunoModel.V4_5_ALL,
        SunoModel.V5);
  }

  @Override
  public int titleLimit(SunoModel model) {
    return model.equals(SunoModel.V4) ? 80 : 100;
  }
}
