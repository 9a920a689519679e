package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution's start script, run as a user would: defaults, JAVA_OPTS override, --help. */
class MockServerLauncherIT {
  private static final long RESIDENT_LIMIT_KB = 200 * 1024;

  private static Path script() {
    Path dist = Path.of(System.getProperty("mock.dist", "target/sunoport-mock-server"));
    Path script = dist.resolve("bin/sunoport-mock-server");
    assumeTrue(Files.exists(Path.of("/bin/sh")), "the start script is a POSIX shell script");
    assertThat(script).exists().isExecutable();
    assertThat(dist.resolve("lib/sunoport-mock-server.jar")).exists();
    return script;
  }

  private static ProcessBuilder start(String javaOpts, String... args) {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(script().toString());
    builder.command().addAll(java.util.List.of(args));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (javaOpts == null) builder.environment().remove("JAVA_OPTS"); else builder.environment().put("JAVA_OPTS", javaOpts);
    return builder.redirectErrorStream(true);
  }

  @Test
  void a_plain_start_answers_and_stays_well_under_200_mb_resident() throws Exception {
    Process process = start(null, "--port", "0").start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String base = null;
      for (String line = out.readLine(); line != null && base == null; line = out.readLine()) {
        if (line.startsWith("kie ")) base = line.substring(3).strip();
      }
      assertThat(base).startsWith("http://127.0.0.1:");
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < 300; i++) {
        HttpResponse<String> credits = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/chat/credit"))
            .header("Authorization", "Bearer it").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(credits.statusCode()).isEqualTo(200);
      }
      Path status = Path.of("/proc/" + process.pid() + "/status");
      assumeTrue(Files.exists(status), "resident size is read from /proc (Linux)");
      long residentKb = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
          .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElseThrow();
      assertThat(residentKb).as("resident KB of the mock (the script execs java)").isLessThan(RESIDENT_LIMIT_KB);
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
    }
  }

  @Test
  void java_opts_replaces_the_defaults_and_help_lists_every_flag() throws Exception {
    Process process = start("-Xmx48m -XshowSettings:vm", "--help").start();
    String out;
    try {
      out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(process.exitValue()).isZero();
    assertThat(out).containsPattern("Max. Heap Size[^:]*: 48.00M");
    for (String flag : CliOptionsFlags.ALL) assertThat(out).contains(flag);
  }

  @Test
  void the_class_data_archive_is_written_by_a_started_run_and_rewritten_when_the_jar_is_newer(@TempDir Path copy)
      throws Exception {
    Path dist = script().getParent().getParent();
    Files.createDirectories(copy.resolve("bin"));
    Files.createDirectories(copy.resolve("lib"));
    Path script = Files.copy(dist.resolve("bin/sunoport-mock-server"), copy.resolve("bin/sunoport-mock-server"));
    Path jar = Files.copy(dist.resolve("lib/sunoport-mock-server.jar"), copy.resolve("lib/sunoport-mock-server.jar"));
    // Well before anything the runs write, whatever the file system's time resolution.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    Path archive = copy.resolve("lib/sunoport-mock-server.jsa");
    Path mark = copy.resolve("lib/sunoport-mock-server.jsa.trained");

    run(script, "--help");
    assertThat(archive).as("--help alone loads too few classes to be worth an archive").doesNotExist();
    run(script, "--port", "not-a-port");
    assertThat(mark).as("a run that failed to start does not vouch for what it archived").doesNotExist();
    run(script, "--port", "0");
    assertThat(archive).as("written by the first run that started, as it stops").exists();
    assertThat(mark).exists();
    FileTime written = Files.getLastModifiedTime(archive);
    run(script, "--port", "0");
    assertThat(Files.getLastModifiedTime(archive)).as("kept, and loaded, by the next start").isEqualTo(written);

    // A rebuilt or upgraded jar: the old archive no longer matches it, and the JVM would ignore it on every start.
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    run(script, "--port", "0");
    assertThat(Files.getLastModifiedTime(archive)).as("rewritten for the newer jar")
        .isGreaterThan(Files.getLastModifiedTime(jar));
  }

  /**
   * Runs the script with {@code args}; one that serves is checked to have an empty request log, then stopped as Ctrl-C
   * would.
   */
  private static void run(Path script, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(script.toString()).redirectErrorStream(true);
    builder.command().addAll(java.util.List.of(args));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        seen.append(line).append('\n');
        if (line.startsWith("admin ")) {
          // The run that writes the archive answers itself first; that must leave no trace a test could count.
          HttpResponse<String> log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(line.substring(5).strip() + "requests")).build(), HttpResponse.BodyHandlers.ofString());
          assertThat(log.body()).as("request log of a fresh start").isEqualTo("{\"requests\":[]}");
          process.destroy();
          break;
        }
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(seen.toString()).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  /** The flags {@code CliOptions} parses; CliOptionsTest checks that each one parses. */
  static final class CliOptionsFlags {
    static final java.util.List<String> ALL = java.util.List.of("--port", "--host", "--examples", "--timeline",
        "--token", "--allow-remote", "--admin-token", "--webhook-key", "--allow-callback-host", "--callback-timeout",
        "--proxy", "--proxy-all", "--record-dir", "--help");

    private CliOptionsFlags() {}
  }
}
