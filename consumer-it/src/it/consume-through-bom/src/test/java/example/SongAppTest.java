package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.mock.MockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What an app does first: open a provider by id from configuration, call it, and see the call in its log. */
class SongAppTest {
  @Test
  void opens_kie_on_the_mock_and_logs_the_exchange() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Logger http = Logger.getLogger("io.github.sunoport.http");
    http.setLevel(Level.FINE);
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getLevel() + " " + record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    http.addHandler(capture);
    try (MockServer mock = MockServer.builder().timeline(Duration.ZERO).build().start()) {
      LyricsTask task = SongApp.lyrics(Map.of("SUNOPORT_PROVIDER", "kie", "SUNOPORT_API_KEY", "app-key-1234",
          "SUNOPORT_BASE_URL", mock.baseUrl("kie"), "SUNOPORT_CALLBACK_URL", "https://app.example/cb"),
          "a song about rain");

      assertEquals("kie", task.id().provider().toString());
    } finally {
      http.removeHandler(capture);
    }
    lines.forEach(System.out::println);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("FINE provider=kie operation=") && l.contains("status=200")),
        "an exchange was logged at DEBUG: " + lines);
    assertFalse(String.join("\n", lines).contains("app-key-1234"), "the key is never logged");
  }
}
