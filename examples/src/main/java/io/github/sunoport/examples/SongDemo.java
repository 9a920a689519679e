package io.github.sunoport.examples;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes lyrics and a song with the provider named on the command line, printing each state change and the result:
 *
 * <pre>java -jar examples/target/sunoport-examples.jar --provider kie "a song about rain"</pre>
 *
 * The provider is configured from the environment ({@code SUNOPORT_API_KEY}, {@code SUNOPORT_BASE_URL},
 * {@code SUNOPORT_CALLBACK_URL}, ...; see {@link ProviderSettings#fromMap}). With neither an API key nor a base URL
 * it starts an embedded mock server and runs against that, spending no credits.
 */
public final class SongDemo {
  private final PrintStream out;

  SongDemo(PrintStream out) {
    this.out = out;
  }

  /** Runs the demo; exits with 2 on bad arguments and 1 when a provider call fails. */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo from its command line and returns the exit status: 0 when done, 2 for bad arguments, 1 when the
   * library refused something (an unknown provider, bad settings, a prompt it cannot send) or a provider call failed.
   * Every such failure is one line on {@code err}, never a stack trace.
   */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(DemoOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(DemoOptions.USAGE);
      return 0;
    }
    try {
      new SongDemo(out).run(options, env);
      return 0;
    } catch (SunoException e) {
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }

  /** Runs the demo with configuration {@code env}. */
  void run(DemoOptions options, Map<String, String> env) {
    // Resolve the provider before starting anything: an unknown id (say "KIE" or "") is an
    // UnknownProviderException listing the ids on the class path, not a failure of the embedded mock server.
    SunoProviders.factory(options.provider());
    Map<String, String> config = new HashMap<>(env);
    boolean offline = !config.containsKey("SUNOPORT_API_KEY") && !config.containsKey("SUNOPORT_BASE_URL");
    try (MockServer mock = offline ? MockServer.builder().timeline(options.timeline()).build().start() : null;
         CallbackReceiver receiver = offline ? CallbackReceiver.start(out) : null) {
      if (offline) {
        out.println("No SUNOPORT_API_KEY or SUNOPORT_BASE_URL set: using an embedded mock server at "
            + mock.baseUrl(options.provider()));
        config.put("SUNOPORT_API_KEY", "demo-key");
        config.put("SUNOPORT_BASE_URL", mock.baseUrl(options.provider()));
        config.putIfAbsent("SUNOPORT_CALLBACK_URL", receiver.url().toString());
      }
      ProviderSettings settings = ProviderSettings.fromMap(config, "SUNOPORT_");
      try (SunoClient client = SunoProviders.open(options.provider(), settings)) {
        out.println("Provider " + client.provider() + " can: " + client.capabilities());
        writeLyrics(client, options.prompt());
        writeSong(client, options.prompt());
      }
    }
  }

  private void writeLyrics(SunoClient client, String prompt) {
    TaskId id = client.lyrics().submit(prompt);
    out.println("Lyrics task " + id + " submitted");
    LyricsTask task = TaskAwaiter.create().await(client.lyrics()::fetch, id, awaiting(TaskState.SUCCEEDED));
    if (task.state() == TaskState.FAILED) {
      out.println("Lyrics failed: " + task.failure().orElseThrow());
      return;
    }
    for (LyricsVariant variant : task.variants()) {
      out.println("Lyrics \"" + variant.title() + "\":");
      for (LyricsSection section : variant.sections()) {
        out.println("  [" + section.label() + "] " + section.text().lines().findFirst().orElse("") + " ...");
      }
    }
  }

  private void writeSong(SunoClient client, String prompt) {
    TaskId id = client.music().submit(MusicRequest.describe(prompt).build());
    out.println("Music task " + id + " submitted");
    MusicTask task = TaskAwaiter.create().await(client.music()::fetch, id, awaiting(TaskState.SUCCEEDED));
    if (task.state() == TaskState.FAILED) {
      out.println("Music failed: " + task.failure().orElseThrow());
      return;
    }
    for (Track track : task.tracks()) {
      out.println("Track " + track.id() + " \"" + track.title() + "\" " + track.tags() + " "
          + track.duration().map(Duration::toString).orElse("?") + " " + track.audioUrl().orElse("(no audio yet)"));
    }
  }

  private AwaitOptions awaiting(TaskState target) {
    return AwaitOptions.until(target)
        .withIntervals(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMillis(300))
        .withListener(task -> out.println("  " + task.id() + " is " + task.state() + " (" + task.rawStatus() + ")"));
  }
}
