package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * One provider request as the endpoints see it, independent of Javalin.
 *
 * @param pathId the id segment of routes like {@code get-lyrics/{taskId}}, else null
 * @param scenario the {@code X-Mock-Scenario} header, or null
 * @param contentType the {@code Content-Type} header, or null (multipart uploads read their boundary from it)
 * @param origin {@code scheme://host[:port]} as the client addressed this server, for URLs it hands out
 */
record Call(Profile provider, String route, String rawQuery, String pathId, byte[] body, String scenario,
    String contentType, String origin) {

  /** A call without content type or origin, as most endpoints need neither. */
  Call(Profile provider, String route, String rawQuery, String pathId, byte[] body, String scenario) {
    this(provider, route, rawQuery, pathId, body, scenario, null, null);
  }

  Map<String, Object> json() throws BadInput {
    return Json.parseObject(body);
  }

  /** The first value of a query parameter, strictly percent-decoded; malformed escapes are bad input. */
  String query(String name) throws BadInput {
    if (rawQuery == null || rawQuery.isEmpty()) return null;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      if (key.equals(name)) return eq < 0 ? "" : decode(pair.substring(eq + 1), true);
    }
    return null;
  }

  static String decode(String text, boolean plusIsSpace) throws BadInput {
    if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) return text;
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) throw BadInput.malformed("Malformed % escape");
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) throw BadInput.malformed("Malformed % escape");
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        out.write(' ');
      } else {
        out.writeBytes(String.valueOf(c).getBytes(UTF_8));
      }
    }
    return out.toString(UTF_8);
  }
}
