package io.github.sunoport.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code java -jar sunoport-mock-server.jar [--port N] ...}: prints the base URLs and serves until stopped. */
public final class MockServerMain {
  /**
   * Set by the start script on the run that writes the class-data archive, to the path of a mark file: the server then
   * answers itself once, so that the archive holds the classes of serving a request too, whatever that first run is
   * later used for, and writes the mark, which tells the script the archive came from a run that started.
   */
  static final String TRAIN_ARCHIVE = "sunoport.mock.trainArchive";

  private MockServerMain() {}

  public static void main(String[] args) {
    skipJettyMemoryProbe();
    int status = run(args, System.out, System.err);
    if (status != 0) System.exit(status);
  }

  /**
   * Jetty sizes its padding by asking the platform MBean server whether oops are compressed, which starts JMX: about
   * 50 ms of a 0.5 s start. Told the answer, it skips the probe; only padding sizes depend on it. Set here, in the
   * application's own main, and never by the embeddable {@link MockServer}: system properties belong to the app.
   */
  private static void skipJettyMemoryProbe() {
    String key = "org.eclipse.jetty.util.referencesPerCacheLine";
    if (System.getProperty(key) == null) {
      boolean compressedOops = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
      System.setProperty(key, compressedOops ? "16" : "8");
    }
  }

  /** @return 0 when serving (or after --help), 2 for bad flags or an unusable configuration */
  static int run(String[] args, PrintStream out, PrintStream err) {
    MockServer server;
    CliOptions options;
    try {
      options = CliOptions.parse(args);
      if (options.help) {
        out.println(CliOptions.USAGE);
        return 0;
      }
      server = options.builder().build().start();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("sunoport-mock-server: " + e.getMessage());
      err.println(CliOptions.USAGE);
      return 2;
    } catch (RuntimeException e) {
      // Typically the port is taken; the message is enough, a stack trace would not help.
      err.println("sunoport-mock-server: cannot start: " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mock-server-shutdown"));
    String mark = System.getProperty(TRAIN_ARCHIVE);
    if (mark != null && answerItself(server, options.adminToken)) {
      try {
        Files.writeString(Path.of(mark), "written by a run that started and answered itself\n");
      } catch (IOException | RuntimeException e) {
        // Without the mark the next start writes the archive again: slower once, never wrong.
      }
    }
    out.println("sunoport mock server listening on port " + server.port());
    for (Profile provider : Profiles.ALL) {
      out.printf("%-12s %s%n", provider.id(), server.baseUrl(provider.id()));
    }
    out.printf("%-12s %s%n", "admin", server.rootUrl() + "__admin/");
    out.flush();
    return 0;
  }

  /**
   * Reads the admin API's example list over loopback: read-only, so no task, log entry or callback comes of it. A
   * failure only makes the archive smaller, so it is not reported.
   *
   * @return whether the server answered
   */
  private static boolean answerItself(MockServer server, String adminToken) {
    try {
      HttpURLConnection call = (HttpURLConnection) URI.create(server.rootUrl() + "__admin/examples").toURL()
          .openConnection();
      if (adminToken != null) {
        call.setRequestProperty(AdminApi.TOKEN_HEADER, adminToken);
      }
      call.setConnectTimeout(2_000);
      call.setReadTimeout(2_000);
      int status = call.getResponseCode();
      try (InputStream body = status < 400 ? call.getInputStream() : call.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      call.disconnect();
      return status == 200;
    } catch (IOException | RuntimeException e) {
      // Nothing to report: the server serves as well without it.
      return false;
    }
  }
}
