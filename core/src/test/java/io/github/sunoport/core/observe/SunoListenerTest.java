package io.github.sunoport.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.ProviderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SunoListenerTest {
  private static final HttpExchange EXCHANGE = new HttpExchange(ProviderId.of("kie"), "fetchLyrics", "GET", "/x", 1);

  @Test
  void all_tells_every_listener_even_when_one_throws() {
    // given
    List<String> told = new ArrayList<>();
    SunoListener throwing = new SunoListener() {
      @Override
      public void exchangeStarted(HttpExchange exchange) {
        told.add("first");
        throw new IllegalStateException("broken bridge");
      }
    };
    SunoListener recording = new SunoListener() {
      @Override
      public void exchangeStarted(HttpExchange exchange) {
        told.add("second " + exchange.operation());
      }
    };

    // when
    SunoListener.all(throwing, recording).exchangeStarted(EXCHANGE);

    // then
    assertThat(told).containsExactly("first", "second fetchLyrics");
  }

  @Test
  void events_refuse_impossible_values() {
    assertThatThrownBy(() -> new HttpExchange(ProviderId.of("kie"), "op", "GET", "/", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt");
    assertThatThrownBy(() -> new ExchangeFinished(EXCHANGE, OptionalInt.of(200), null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("duration == null");
    assertThat(new ExchangeFinished(EXCHANGE, OptionalInt.empty(), Duration.ZERO, Optional.empty()).succeeded())
        .isTrue();
  }

  @Test
  void none_is_one_shared_listener() {
    assertThat(SunoListener.none()).isSameAs(SunoListener.none());
    assertThatThrownBy(() -> SunoListener.all((SunoListener) null)).isInstanceOf(NullPointerException.class);
  }
}
