package io.github.sunoport.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One kie.ai lyrics record-info fetch over loopback HTTP: (a) {@link #rawOkHttpToMap} is the floor, a plain OkHttp
 * GET whose body Moshi parses into a {@code Map}; (b) {@link #adapterFetch} is the adapter's
 * {@code lyrics().fetch(id)} returning the domain task. Target: (b) at most 1.15x the time and 1.5x the bytes
 * allocated (run with {@code -prof gc}) of (a).
 *
 * <p>{@code server=fixed} answers from pre-built bytes (measures the client alone); {@code server=mock} is the
 * embedded mock server (same bytes, plus the server's own cost, which both sides pay).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdapterOverheadBenchmark {
  static final String TOKEN = "bench-token";

  @Param({"fixed"})
  public String server;

  private AutoCloseable running;
  private OkHttpClient http;
  private Request request;
  private JsonAdapter<Map<String, Object>> mapAdapter;
  private SunoClient client;
  private TaskId id;

  @Setup
  public void setUp() {
    Payloads payload = Payloads.KIE_LYRICS;
    String base;
    if (server.equals("mock")) {
      MockServer mock = MockServer.builder().timeline(Duration.ZERO).build().start();
      running = mock;
      base = mock.baseUrl("kie");
    } else {
      FixedServer fixed = FixedServer.start(payload.bytes());
      running = fixed;
      base = fixed.baseUrl("kie");
    }
    http = new OkHttpClient.Builder().build();
    request = new Request.Builder()
        .url(base + "api/v1/lyrics/record-info?taskId=" + payload.taskId)
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .build();
    mapAdapter = new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    client = SunoProviders.open("kie", ProviderSettings.builder().apiKey(TOKEN).baseUrl(base).build());
    id = TaskId.of("kie", payload.taskId);
  }

  @TearDown
  public void tearDown() throws Exception {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    running.close();
  }

  @Benchmark
  public Map<String, Object> rawOkHttpToMap() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code());
      }
      return mapAdapter.fromJson(body.source());
    }
  }

  @Benchmark
  public LyricsTask adapterFetch() {
    return client.lyrics().fetch(id);
  }
}
