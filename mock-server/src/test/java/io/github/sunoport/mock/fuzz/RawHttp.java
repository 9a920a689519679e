package io.github.sunoport.mock.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One request over a fresh loopback socket, written byte for byte, and the answer read to the end. */
final class RawHttp {
  /** Far longer than any mock answer takes; an answer slower than this is a hang. */
  static final int TIMEOUT_MILLIS = 10_000;
  private static final int MAX_ANSWER_BYTES = 4 << 20;

  private RawHttp() {}

  /**
   * An answer: {@code status} -1 when none arrived. {@code writeFailed} when the server closed the connection while
   * the request was still being sent (it refuses oversize uploads that way once it has answered).
   */
  record Answer(int status, String headers, byte[] body, boolean writeFailed, boolean timedOut) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  static Answer send(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      boolean writeFailed = false;
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        writeFailed = true;
      }
      byte[] raw;
      boolean timedOut = false;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        readTo(socket.getInputStream(), out);
      } catch (SocketTimeoutException e) {
        timedOut = true;
      } catch (IOException e) {
        writeFailed = true; // reset while reading: the server gave up on a request it refused
      }
      raw = out.toByteArray();
      return parse(raw, writeFailed, timedOut);
    } catch (IOException e) {
      return new Answer(-1, "", new byte[0], true, false);
    }
  }

  private static void readTo(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_ANSWER_BYTES) {
        throw new IOException("answer over " + MAX_ANSWER_BYTES + " bytes");
      }
    }
  }

  private static Answer parse(byte[] raw, boolean writeFailed, boolean timedOut) {
    String head = new String(raw, StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    if (!head.startsWith("HTTP/") || end < 0) {
      return new Answer(-1, head, new byte[0], writeFailed, timedOut);
    }
    String headers = head.substring(0, end);
    int status = Integer.parseInt(headers.substring(9, 12));
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    Answer answer = new Answer(status, headers, body, writeFailed, timedOut);
    String encoding = answer.header("Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body, writeFailed, timedOut);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < chunked.length) {
      int lineEnd = indexOf(chunked, i);
      if (lineEnd < 0) {
        break;
      }
      String sizeText = new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
      int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i + 1 < data.length; i++) {
      if (data[i] == '\r' && data[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
