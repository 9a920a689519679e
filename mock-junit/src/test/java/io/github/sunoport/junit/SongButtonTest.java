package io.github.sunoport.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockAdmin;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiling and green here. */
@MockServerTest(token = "test-key")
class SongButtonTest {
  @Test
  void offersASongWhileCreditsLast(@FromMock("kie") SunoClient kie) {
    assertThat(new SongButton(kie).label()).isEqualTo("Make a song");
  }

  @Test
  void offersCreditsWhenTheProviderSaysTheyRanOut(@FromMock("kie") SunoClient kie, MockAdmin mock) {
    mock.failNext("kie", "credits", 1, "credits");
    assertThat(new SongButton(kie).label()).isEqualTo("Buy credits");
  }
}
