package io.github.sunoport.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Test HTTP calls against a running {@link MockServer}, with the JDK client. */
final class Http {
  static final String TOKEN = "Bearer test-secret-token";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final MockServer server;

  Http(MockServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String provider, String path, String... headers) {
    return send(request(provider, path, headers).GET().build());
  }

  HttpResponse<String> post(String provider, String path, String body, String... headers) {
    return send(request(provider, path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> method(String method, String provider, String path, String body, String... headers) {
    return send(request(provider, path, headers).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** @param headers name/value pairs; a token is added unless an Authorization pair is given */
  private HttpRequest.Builder request(String provider, String path, String... headers) {
    String base = provider == null ? "http://127.0.0.1:" + server.port() + "/" : server.baseUrl(provider);
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    boolean auth = false;
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Authorization")) {
        auth = true;
        if (headers[i + 1] == null) continue;
      }
      builder.header(headers[i], headers[i + 1]);
    }
    if (!auth) builder.header("Authorization", TOKEN);
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends raw HTTP/1.1 text, for requests the JDK client refuses to build (bad escapes); returns the reply. */
  String raw(String requestLine) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      String request = requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: " + TOKEN + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = Http.class.getResourceAsStream("/fixtures/requests/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    return new String(ExampleCatalog.resource(path), StandardCharsets.UTF_8);
  }
}
