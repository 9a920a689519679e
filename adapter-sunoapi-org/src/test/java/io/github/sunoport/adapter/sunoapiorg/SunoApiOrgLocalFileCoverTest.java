package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.LocalFileCoverSuite;
import io.github.sunoport.core.model.SunoModel;

/** A local file to a cover on sunoapi.org's mock with its V6 model (always custom mode), end to end. */
class SunoApiOrgLocalFileCoverTest extends LocalFileCoverSuite {
  @Override
  protected String provider() {
    return "sunoapi-org";
  }

  @Override
  protected SunoModel model() {
    return SunoModel.V6;
  }
}
