package io.github.sunoport.mock;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files behind created tasks' result links, served at {@code /files/<name>} without a token (like the providers'
 * storage links), so that an app can download results end to end on loopback: {@code <track>.mp3} and the stream
 * {@code <track>} are a second of silent MP3, {@code <track>.jpeg} and {@code <track>_large.jpeg} a small JPEG.
 * Any other name is a 404. Documented examples keep their own (unreachable) links.
 */
final class ResultFiles {
  static final String PATH = "/files/";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,80}(_large)?(\\.mp3|\\.jpeg)?");
  private static final byte[] SILENCE = silentMp3();
  private static final byte[] COVER = bundled("sunoport-mock/files/cover.jpeg");

  private volatile String base = "http://127.0.0.1" + PATH;

  /** Links point at the bound server from now on; called once it listens. */
  void boundTo(String rootUrl) {
    base = rootUrl.substring(0, rootUrl.length() - 1) + PATH;
  }

  /** The base that a task created now puts in front of its file names. */
  String base() {
    return base;
  }

  void register(RoutesConfig routes) {
    for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.HEAD}) {
      routes.addHttpHandler(method, PATH + "{name}", ctx -> JavalinSetup.write(ctx, answer(ctx)));
    }
  }

  private static Reply answer(Context ctx) {
    String name = ctx.pathParam("name");
    if (!NAME.matcher(name).matches() || (name.contains("_large") && !name.endsWith(".jpeg"))) {
      return Reply.json(404, JsonErrorHandler.body(404, "No such file"));
    }
    boolean image = name.endsWith(".jpeg");
    return new Reply(200, image ? "image/jpeg" : "audio/mpeg", image ? COVER : SILENCE,
        Map.of("Cache-Control", "no-store"));
  }

  /**
   * MPEG-1 Layer III frames, 128 kbit/s, 44.1 kHz, mono: 417 bytes each, a header and all-zero side information
   * and data, which decoders play as silence; 38 frames last about a second.
   */
  private static byte[] silentMp3() {
    int frame = 417;
    byte[] out = new byte[frame * 38];
    for (int offset = 0; offset < out.length; offset += frame) {
      out[offset] = (byte) 0xFF;
      out[offset + 1] = (byte) 0xFB;
      out[offset + 2] = (byte) 0x90;
      out[offset + 3] = (byte) 0xC0;
    }
    return out;
  }

  /**
   * A 16×16 JPEG kept as a file rather than drawn at start: drawing it loaded AWT and ImageIO, about 35 ms of the
   * launcher's start-up.
   */
  private static byte[] bundled(String resource) {
    try (InputStream in = ResultFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the mock server's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
