package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.Operations;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.adapter.support.TransportClient;
import io.github.sunoport.core.model.SunoModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the legacy and the Market clients share: the provider's upload host and file operations, closed with the
 * client, and the family's spelling of the Suno versions.
 */
abstract class FamilyClient extends TransportClient {
  /** Uploads and download links; null when the provider has no upload host. */
  final RecordInfoFiles files;

  <C extends FamilyClient> FamilyClient(RecordInfoDialect dialect, Moshi moshi, HttpTransport transport,
      HttpTransport uploadHost, Operations<C> operations) {
    super(transport, operations);
    this.files = uploadHost == null ? null
        : RecordInfoFiles.of(dialect, new RequestRules(dialect.id()), moshi, uploadHost, transport);
  }

  /** Also releases the upload host's connections. */
  @Override
  public void close() {
    try {
      super.close();
    } finally {
      if (files != null) {
        files.close();
      }
    }
  }

  /** The family's names of the dialect's versions. */
  static Map<SunoModel, String> wireModels(RecordInfoDialect dialect) {
    Map<SunoModel, String> names = new LinkedHashMap<>();
    for (SunoModel model : dialect.models()) {
      names.put(model, wireName(model));
    }
    return Collections.unmodifiableMap(names);
  }

  /** The family spells the suffixed versions without the last underscore: V4_5PLUS, V4_5ALL. */
  static String wireName(SunoModel model) {
    return model.name().replace("_PLUS", "PLUS").replace("_ALL", "ALL");
  }
}
