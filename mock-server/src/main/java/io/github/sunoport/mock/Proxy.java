package io.github.sunoport.mock;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Record mode: forwards a provider's requests the mock has no answer for (an unknown path or task), or all of them, to
 * a real base URL with the caller's own token, returns the real answer, and hands it to a {@link Recorder} when one is
 * set. Only the bases configured are ever contacted; the mock never picks a host itself.
 */
final class Proxy {
  /** Headers the JDK client sets itself or refuses, and hop-by-hop headers that must not be forwarded. */
  private static final Set<String> NOT_FORWARDED = caseInsensitive("host", "connection", "content-length", "expect",
      "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-authorization", "http2-settings",
      "accept-encoding");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Map<Profile, URI> bases;
  private final boolean all;
  private final Recorder recorder;
  private volatile HttpClient http;

  Proxy(Map<Profile, URI> bases, boolean all, Recorder recorder) {
    this.bases = Map.copyOf(bases);
    this.all = all;
    this.recorder = recorder;
  }

  /** True when every request of this provider goes upstream, answered or not. */
  boolean forwardsAll(Profile provider) {
    return all && bases.containsKey(provider);
  }

  /** True when requests of this provider the mock cannot answer go upstream. */
  boolean covers(Profile provider) {
    return bases.containsKey(provider);
  }

  /** True for the mock's "I know nothing about this" answers: an unknown path, method or task. */
  static boolean isNoAnswer(Reply reply, ErrorBodies errors) {
    return same(reply, errors.taskNotFound()) || same(reply, errors.unknownPath()) || same(reply, errors.wrongMethod());
  }

  private static boolean same(Reply a, Reply b) {
    return a.status() == b.status() && Arrays.equals(a.body(), b.body());
  }

  /**
   * The upstream answer to this request; a 502 in the provider's shape when upstream cannot be reached. Blocks the
   * calling thread for at most {@link #TIMEOUT}: record mode is a QA tool, not a load path.
   *
   * @param route the route key that matched, or null (then nothing is recorded)
   */
  Reply forward(Context ctx, Profile provider, String route, byte[] body, ErrorBodies errors) {
    String path = ctx.path().substring(provider.id().length() + 2);
    String query = ctx.queryString();
    URI target = bases.get(provider).resolve(path + (query == null || query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
        .method(ctx.req().getMethod(), body == null || body.length == 0
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    ctx.headerMap().forEach((name, value) -> {
      if (!NOT_FORWARDED.contains(name)) request.header(name, value);
    });
    HttpResponse<byte[]> answer;
    try {
      answer = client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | IllegalArgumentException e) {
      return errors.withStatus(502, 502, "Record mode could not reach " + bases.get(provider) + ": "
          + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return errors.withStatus(502, 502, "Record mode was interrupted");
    }
    String type = answer.headers().firstValue("Content-Type").orElse(Reply.JSON);
    Map<String, String> headers = answer.headers().firstValue("Retry-After").map(v -> Map.of("Retry-After", v))
        .orElse(Map.of());
    Reply reply = new Reply(answer.statusCode(), type, answer.body(), headers);
    if (recorder != null && route != null) {
      recorder.save(provider, route, ctx.queryString(), body, reply, ctx.header("Authorization"));
    }
    return reply;
  }

  private HttpClient client() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
        }
        client = http;
      }
    }
    return client;
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(Arrays.asList(names));
    return set;
  }
}
