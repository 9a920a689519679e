package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.ErrorKind;
import io.github.sunoport.adapter.support.ErrorTable;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dialect whose fixed facts (id, base URL, credits path, body codes, models) are given once; a provider module
 * extends it and adds what takes code, such as its title limits.
 */
public abstract class AbstractRecordInfoDialect implements RecordInfoDialect {
  private final ProviderId id;
  private final URI defaultBaseUrl;
  private final String creditsPath;
  private final Map<Integer, ErrorKind> codes;
  private final List<SunoModel> models;

  /** Creates the dialect of provider {@code id} from its documented facts. */
  protected AbstractRecordInfoDialect(ProviderId id, URI defaultBaseUrl, String creditsPath,
      Map<Integer, ErrorKind> codes, List<SunoModel> models) {
    this.id = Objects.requireNonNull(id, "id == null");
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl == null");
    this.creditsPath = Objects.requireNonNull(creditsPath, "creditsPath == null");
    this.codes = Map.copyOf(codes);
    this.models = List.copyOf(models);
  }

  @Override
  public final ProviderId id() {
    return id;
  }

  @Override
  public final URI defaultBaseUrl() {
    return defaultBaseUrl;
  }

  @Override
  public final String creditsPath() {
    return creditsPath;
  }

  @Override
  public final ErrorTable errorTable() {
    return (code, message) -> Optional.ofNullable(codes.get(code));
  }

  @Override
  public final List<SunoModel> models() {
    return models;
  }
}
