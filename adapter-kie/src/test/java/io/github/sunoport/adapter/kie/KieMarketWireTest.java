package io.github.sunoport.adapter.kie;

import static io.github.sunoport.adapter.recordinfo.ProviderHarness.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.port.SunoClient;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A {@code kie-market} client against a scripted server, and a reader of the create calls it sends. */
abstract class KieMarketWireTest {
  ProviderHarness harness;
  SunoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = SunoProviders.open("kie-market", harness.settings().retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  /** Reopens the client without any callback URL, so that requests that set none send none. */
  void reopenWithoutCallbackUrl() {
    client.close();
    client = SunoProviders.open("kie-market", harness.settings().defaultCallbackUrl(null)
        .retryPolicy(RetryPolicy.none()).build());
  }

  /**
   * The next create call's {@code input}, after checking it went to {@code jobs/createTask} under {@code model} with
   * {@code callback} beside it (null: none) and nothing else at the top level.
   */
  Map<String, Object> created(String model, Object callback) {
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/kie/api/v1/jobs/createTask");
    Map<String, Object> body = jsonBody(request);
    assertThat(body).containsEntry("model", model);
    assertThat(body.get("callBackUrl")).isEqualTo(callback);
    assertThat(body.keySet()).isSubsetOf("model", "callBackUrl", "input");
    @SuppressWarnings("unchecked")
    Map<String, Object> input = (Map<String, Object>) body.get("input");
    return input;
  }
}
