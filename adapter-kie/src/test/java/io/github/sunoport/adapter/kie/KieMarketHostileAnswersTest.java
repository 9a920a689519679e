package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.DerivedCalls;
import io.github.sunoport.adapter.support.hostile.HostileAnswersSuite;
import io.github.sunoport.adapter.support.hostile.HostileProfile;
import io.github.sunoport.core.contract.ContractFixture.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** kie.ai's Market route against hostile answers, from the mock server's derived Market payloads. */
class KieMarketHostileAnswersTest extends HostileAnswersSuite {
  private static final String CREATED = "sunoport-mock/kie/market-create/success.json";
  private static final String RECORDS = "sunoport-mock/kie/market-record-info/";
  /** The Market answer each derived call expects (the style boost answers with the legacy data). */
  private static final Map<String, String> DERIVED_PAYLOADS = Map.ofEntries(
      Map.entry("SUBMIT_WAV", CREATED), Map.entry("FETCH_WAV", RECORDS + "wav-success.json"),
      Map.entry("SUBMIT_STEMS", CREATED), Map.entry("FETCH_STEMS", RECORDS + "stems-success.json"),
      Map.entry("SUBMIT_MIDI", CREATED), Map.entry("FETCH_MIDI", RECORDS + "midi-success.json"),
      Map.entry("SUBMIT_VIDEO", CREATED), Map.entry("FETCH_VIDEO", RECORDS + "video-success.json"),
      Map.entry("SUBMIT_COVER", CREATED), Map.entry("FETCH_COVER", RECORDS + "cover-success.json"),
      Map.entry("CREATE_PERSONA", "sunoport-mock/kie/market-create/persona-success.json"),
      Map.entry("BOOST_STYLE", "derived/style-boost.json"));

  KieMarketHostileAnswersTest() {
    super(profile());
  }

  private static HostileProfile profile() {
    HostileProfile profile = HostileProfile.of("kie-market", KieMarketProfiles.ROUTES, Map.of(
            Operation.FETCH_LYRICS, KieMarketProfiles.RECORD,
            Operation.FETCH_MUSIC, KieMarketProfiles.RECORD))
        .withPayload(Operation.FETCH_LYRICS, "sunoport-mock/kie/market-record-info/lyrics-success.json")
        .withPayload(Operation.FETCH_MUSIC, "sunoport-mock/kie/market-record-info/success.json")
        .withPayload(Operation.TIMESTAMPED_LYRICS, "sunoport-mock/kie/timestamped-lyrics/success.json")
        .withPayload(Operation.CREDITS, "sunoport-mock/kie/credits/success.json")
        .withPayload(Operation.FILE_UPLOAD, "sunoport-mock/kie/file-url-upload/success.json")
        .withPayload(Operation.DOWNLOAD_LINK, "sunoport-mock/kie/download-url/success.json");
    for (Operation create : KieMarketProfiles.CREATES.keySet()) {
      if (create != Operation.TIMESTAMPED_LYRICS) {
        profile = profile.withPayload(create, "sunoport-mock/kie/market-create/success.json");
      }
    }
    return profile;
  }

  /** Every derived and styling call, through the same hostile answers, with its Market answer. */
  @Override
  protected Map<String, HostileCall> extraCalls() {
    Map<String, HostileCall> calls = new LinkedHashMap<>();
    DerivedCalls.of("kie-market").forEach((name, c) -> calls.put(name,
        new HostileCall(Objects.requireNonNull(DERIVED_PAYLOADS.get(name), name), c.call())));
    return calls;
  }
}
