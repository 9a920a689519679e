package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Launches the shaded jar as {@code java -jar} would, reads the printed base URL and calls it. */
class MockServerJarIT {
  @Test
  void the_runnable_jar_prints_its_base_urls_and_answers() throws Exception {
    Path jar = Path.of(System.getProperty("mock.jar", "target/sunoport-mock-server.jar"));
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--timeline", "0")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String kieBase = null;
      for (String line = out.readLine(); line != null && kieBase == null; line = out.readLine()) {
        if (line.startsWith("kie ")) kieBase = line.substring(3).strip();
      }
      assertThat(kieBase).startsWith("http://127.0.0.1:").endsWith("/kie/");

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(kieBase + "api/v1/lyrics/record-info?taskId=11dc****8b0f"))
              .header("Authorization", "Bearer it").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("钢铁侠").contains("11dc****8b0f");
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
  }
}
