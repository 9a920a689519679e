package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar under the heap mock-server/README.md recommends ({@code -Xmx64m -XX:+UseSerialGC}) survives more
 * realistic tasks than that heap could hold unbounded: its task store and logs are bounded by bytes. The JVM is told to
 * exit on OutOfMemoryError, so a heap that does not hold shows as a dead server, not as a slow test.
 */
class MockServerHeapIT {
  /** About three times the tasks after which the unbounded store exhausted 64 MB (issue 15: about 3,600). */
  private static final int TASKS = 12_000;

  @Test
  void the_recommended_heap_holds_a_long_run_of_large_tasks_and_still_answers() throws Exception {
    Path jar = Path.of(System.getProperty("mock.jar", "target/sunoport-mock-server.jar"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar",
        jar.toString(), "--port", "0", "--timeline", "0").redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String base = null;
      for (String line = out.readLine(); line != null && base == null; line = out.readLine()) {
        if (line.startsWith("kie ")) base = line.substring(3).strip();
      }
      assertThat(base).as("the server printed its base URL").isNotNull();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      // given: a custom-mode generate request of about 5.9 KB, as a real app sends
      String request = "{\"customMode\":true,\"instrumental\":false,\"model\":\"V4_5\",\"title\":\"" + "t".repeat(80)
          + "\",\"style\":\"" + "s".repeat(900) + "\",\"prompt\":\"" + "[Verse] la la la\\n".repeat(270)
          + "\",\"callBackUrl\":\"https://callbacks.example.com/suno\"}";
      assertThat(request.length()).isBetween(5_500, 6_500);

      // when
      for (int i = 0; i < TASKS; i++) {
        HttpResponse<String> created = client.send(post(base + "api/v1/generate", request),
            HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as("task %d: %s", i, created.body()).isEqualTo(200);
      }

      // then
      HttpResponse<String> log = client.send(HttpRequest.newBuilder(URI.create(base.replace("/kie/", "/__admin/requests")))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> credits = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/chat/credit"))
          .header("Authorization", "Bearer heap").timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(log.statusCode()).isEqualTo(200);
      assertThat(credits.statusCode()).isEqualTo(200);
      assertThat(process.isAlive()).isTrue();
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer heap")
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }
}
