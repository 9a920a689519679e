package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.LocalFileCoverSuite;
import io.github.sunoport.core.model.SunoModel;

/** A local file to a cover on kie.ai's mock, end to end. */
class KieLocalFileCoverTest extends LocalFileCoverSuite {
  @Override
  protected String provider() {
    return "kie";
  }

  @Override
  protected SunoModel model() {
    return SunoModel.V5;
  }
}
