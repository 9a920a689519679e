package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.CallbackEndToEndSuite;

/** The family's callback suite against sunoapi.org, which signs nothing. */
class SunoApiOrgCallbackEndToEndTest extends CallbackEndToEndSuite {
  @Override
  protected String provider() {
    return "sunoapi-org";
  }
}
