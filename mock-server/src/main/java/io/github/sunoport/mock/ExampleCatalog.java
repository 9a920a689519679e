package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every example, loaded once at startup from the bundled index (no classpath scanning) and an optional QA
 * directory laid out the same way: {@code <provider>/<route>/<name>.json}.
 */
final class ExampleCatalog {
  static final String ROOT = "/sunoport-mock/";

  // Swapped whole by reload, so a request sees the old examples or the new ones, never half of each.
  private volatile Map<String, Map<String, Example>> byRoute = new ConcurrentHashMap<>();
  private volatile Map<String, Example> byTaskId = new ConcurrentHashMap<>();
  private Path extraDir;
  /** The QA examples, checked against the registered routes once they exist. */
  private final List<Example> extra = new ArrayList<>();

  /** Done once the examples are read; a catalog made by {@link #load} is complete from the start. */
  private CompletableFuture<Void> loaded = CompletableFuture.completedFuture(null);

  static ExampleCatalog load(Path extraDir) {
    ExampleCatalog catalog = new ExampleCatalog();
    catalog.readAll(extraDir);
    return catalog;
  }

  /**
   * Returns a catalog that reads its examples on a thread of its own, so that reading them (a tenth of the mock's
   * start-up) overlaps building the web server; every lookup waits for the reading to end, and
   * {@link #requireKnownRoutes} reports a malformed examples directory as {@link #load} would.
   */
  static ExampleCatalog loadInBackground(Path extraDir) {
    ExampleCatalog catalog = new ExampleCatalog();
    catalog.loaded = CompletableFuture.runAsync(() -> catalog.readAll(extraDir), runnable -> {
      Thread thread = new Thread(runnable, "mock-examples");
      thread.setDaemon(true);
      thread.start();
    });
    return catalog;
  }

  private void readAll(Path dir) {
    loadBundled();
    if (dir != null) loadDirectory(dir);
    extraDir = dir;
  }

  /** Waits for the examples; rethrows what reading them threw. */
  private void awaitLoaded() {
    try {
      loaded.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) throw failure;
      throw e;
    }
  }

  Example find(Profile provider, String route, String name) {
    awaitLoaded();
    Map<String, Example> examples = byRoute.get(provider.id() + '/' + route);
    return examples == null ? null : examples.get(name);
  }

  Example forTask(Profile provider, String route, String taskId) {
    awaitLoaded();
    return byTaskId.get(provider.id() + '/' + route + '/' + taskId);
  }

  List<Example> all() {
    awaitLoaded();
    List<Example> all = new ArrayList<>();
    new TreeMap<>(byRoute).values().forEach(m -> all.addAll(new TreeMap<>(m).values()));
    return all;
  }

  Collection<String> names(Profile provider, String route) {
    awaitLoaded();
    return new TreeMap<>(byRoute.getOrDefault(provider.id() + '/' + route, Map.of())).keySet();
  }

  /**
   * Re-reads the examples directory the server started with, so QA can add a payload without a restart.
   *
   * @return the number of examples now served
   * @throws IllegalArgumentException when there is no directory or it is malformed; the examples in use then stay
   */
  synchronized int reload(RouteTable routes) {
    awaitLoaded();
    if (extraDir == null) throw new IllegalArgumentException("The mock was started without --examples: nothing to reload");
    ExampleCatalog fresh = load(extraDir);
    fresh.requireKnownRoutes(routes);
    byTaskId = fresh.byTaskId;
    byRoute = fresh.byRoute;
    return all().size();
  }

  /**
   * Refuses QA examples in a folder no route has (a typo'd {@code kie/not-a-route/}), which would otherwise never be
   * served.
   *
   * @throws IllegalArgumentException naming the folder and the provider's routes
   */
  void requireKnownRoutes(RouteTable routes) {
    awaitLoaded();
    for (Example example : extra) {
      if (!routes.has(example.provider(), example.route())) {
        throw new IllegalArgumentException("Extra example " + example.path() + " is in an unknown route folder '"
            + example.provider().id() + "/" + example.route() + "/'; " + example.provider().id() + " routes: "
            + routes.keys(example.provider()));
      }
    }
  }

  static byte[] resource(String path) {
    try (InputStream in = ExampleCatalog.class.getResourceAsStream(ROOT + path)) {
      if (in == null) throw new IllegalStateException("Missing bundled resource " + ROOT + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loadBundled() {
    String index = new String(resource("index.txt"), UTF_8);
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(index))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] cols = line.split("\\s+");
        Example example = example(cols[0], cols[1], resource(cols[0]));
        add(example);
        for (int i = 2; i < cols.length; i++) {
          // Other optional columns (derived=...) document the example's origin and change nothing here.
          if (cols[i].startsWith("id=")) {
            byTaskId.put(example.provider().id() + '/' + example.route() + '/' + cols[i].substring(3), example);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("Examples directory not found: " + dir);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (relative.split("/").length != 3 || Profiles.find(relative.split("/")[0]) == null) {
          throw new IllegalArgumentException("Extra example must be <provider>/<route>/<name>.json: " + relative);
        }
        Example example = example(relative, null, Files.readAllBytes(file));
        indexTaskId(example);
        add(example);
        extra.add(example);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Example example(String path, String schema, byte[] body) {
    String[] parts = path.split("/");
    String name = parts[2].substring(0, parts[2].length() - ".json".length());
    return new Example(Profiles.of(parts[0]), parts[1], name, path, schema, body);
  }

  private void add(Example example) {
    byRoute.computeIfAbsent(example.provider().id() + '/' + example.route(), k -> new ConcurrentHashMap<>())
        .put(example.name(), example);
  }

  /** A QA example answers for the task id it contains, so a new payload needs no header to be reached. */
  private void indexTaskId(Example example) {
    Object json;
    try {
      json = Json.parse(new String(example.body(), UTF_8));
    } catch (BadInput e) {
      throw new IllegalArgumentException("Extra example " + example.path() + " is not valid JSON: " + e.getMessage());
    }
    if (json instanceof Map && ((Map<?, ?>) json).get("data") instanceof Map) {
      Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) json).get("data");
      Object id = data.containsKey("taskId") ? data.get("taskId") : data.get("task_id");
      if (id instanceof String) {
        byTaskId.put(example.provider().id() + '/' + example.route() + '/' + id, example);
      }
    }
  }
}
