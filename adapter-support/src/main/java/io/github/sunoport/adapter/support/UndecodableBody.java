package io.github.sunoport.adapter.support;

import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Tells a body that does not decompress from a connection that failed. OkHttp unzips a {@code Content-Encoding: gzip}
 * answer on the fly and reports corrupt data as a plain {@link IOException} ("ID1ID2: actual 0x... != expected
 * 0x00001f8b"), which would otherwise read as a network failure; {@link #marked} marks it, so that {@link Exchange}
 * can say in plain words that the answer is malformed.
 */
final class UndecodableBody extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;

  private UndecodableBody(int status, IOException cause) {
    super("the body does not decompress", cause);
    this.status = status;
  }

  /** The HTTP status of the answer whose body did not decompress. */
  int status() {
    return status;
  }

  /** {@code response} with a body that marks its decompression failures, if it is a gzip-encoded answer. */
  static Response marked(Response response) {
    Response network = response.networkResponse();
    ResponseBody body = response.body();
    if (body == null || network == null || !"gzip".equalsIgnoreCase(network.header("Content-Encoding"))) {
      return response;
    }
    int status = response.code();
    ForwardingSource marking = new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        try {
          return super.read(sink, byteCount);
        } catch (IOException e) {
          // Corrupt compressed data is reported as exactly IOException; timeouts, resets and truncation (EOF) are
          // subclasses and stay what they are.
          if (e.getClass() == IOException.class) {
            throw new UndecodableBody(status, e);
          }
          throw e;
        }
      }
    };
    return response.newBuilder()
        .body(ResponseBody.create(Okio.buffer(marking), body.contentType(), body.contentLength()))
        .build();
  }
}
