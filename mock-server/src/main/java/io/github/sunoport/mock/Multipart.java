package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small reader of {@code multipart/form-data} bodies (RFC 7578): enough for the upload host's stream route, whose
 * parts are a file and two text fields. Malformed input is bad input, never a server error.
 */
final class Multipart {
  /** One part: its field name, the file name if it is a file, and its bytes. */
  record Part(String name, String fileName, byte[] content) {
    String text() {
      return new String(content, UTF_8);
    }
  }

  private Multipart() {}

  static Map<String, Part> parse(String contentType, byte[] body) throws BadInput {
    String boundary = boundary(contentType);
    byte[] delimiter = ("--" + boundary).getBytes(ISO_8859_1);
    Map<String, Part> parts = new LinkedHashMap<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) throw BadInput.invalid("multipart body has no boundary " + boundary);
    while (true) {
      int start = at + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') return parts;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(ISO_8859_1), start);
      if (headersEnd < 0) throw BadInput.invalid("multipart part has no header end");
      String headers = new String(body, start, headersEnd - start, UTF_8);
      int next = indexOf(body, ("\r\n--" + boundary).getBytes(ISO_8859_1), headersEnd + 4);
      if (next < 0) throw BadInput.invalid("multipart body is not closed");
      String name = parameter(headers, "name");
      if (name == null) throw BadInput.invalid("multipart part has no name");
      parts.put(name, new Part(name, parameter(headers, "filename"), Arrays.copyOfRange(body, headersEnd + 4, next)));
      at = next + 2;
    }
  }

  private static String boundary(String contentType) throws BadInput {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw BadInput.invalid("Content-Type must be multipart/form-data");
    }
    String boundary = parameter(contentType, "boundary");
    if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
      throw BadInput.invalid("multipart Content-Type has no boundary");
    }
    return boundary;
  }

  /** A {@code key=value} or {@code key="value"} parameter of a header; null when absent. */
  private static String parameter(String header, String key) {
    for (String piece : header.split(";|\r\n")) {
      String p = piece.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
        String value = p.substring(eq + 1).strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
            ? value.substring(1, value.length() - 1) : value;
      }
    }
    return null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }
}
