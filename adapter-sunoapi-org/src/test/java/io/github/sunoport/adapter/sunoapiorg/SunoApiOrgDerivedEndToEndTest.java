package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.DerivedEndToEndSuite;

/** The derived end-to-end suite against sunoapi.org, whose callbacks are not signed. */
class SunoApiOrgDerivedEndToEndTest extends DerivedEndToEndSuite {
  @Override
  protected String provider() {
    return "sunoapi-org";
  }
}
