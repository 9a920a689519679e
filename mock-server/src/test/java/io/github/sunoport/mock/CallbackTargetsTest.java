package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackTargetsTest {
  private final CallbackTargets loopbackOnly = new CallbackTargets(Set.of());

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/cb", "http://127.3.4.5/cb", "http://localhost:9/cb",
      "https://LOCALHOST/cb", "http://[::1]:8080/cb"})
  void loopback_targets_are_allowed(String url) {
    assertThat(loopbackOnly.refusal(url)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/cb", "http://192.168.1.1/cb", "http://[2001:db8::1]/cb",
      "http://example.com/cb", "http://127.0.0.1.nip.io/cb", "http://localhost.example.com/cb"})
  void other_hosts_are_refused_by_their_literal_without_any_lookup(String url) {
    assertThat(loopbackOnly.refusal(url)).contains("not");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://127.0.0.1/cb", "/relative/cb", "http://exa mple.com/", "not a url"})
  void urls_that_are_not_absolute_http_are_refused(String url) {
    assertThat(loopbackOnly.refusal(url)).isNotNull();
  }

  @Test
  void an_explicitly_allowed_host_is_accepted() {
    CallbackTargets targets = new CallbackTargets(Set.of("callbacks.test", "10.0.0.7"));

    assertThat(targets.refusal("https://Callbacks.test/cb")).isNull();
    assertThat(targets.refusal("http://10.0.0.7:81/cb")).isNull();
    assertThat(targets.refusal("http://10.0.0.8/cb")).isNotNull();
  }
}
