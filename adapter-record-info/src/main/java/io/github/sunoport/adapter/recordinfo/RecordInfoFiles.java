package io.github.sunoport.adapter.recordinfo;

import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.AudioApi;
import io.github.sunoport.adapter.recordinfo.internal.AudioMapper;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadedData;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.TolerantText;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.DownloadUrlSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.FileBase64Upload;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.FileUrlUpload;
import io.github.sunoport.adapter.recordinfo.internal.UploadApi;
import io.github.sunoport.adapter.support.AnswerMapper;
import io.github.sunoport.adapter.support.HttpTransport;
import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadedFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Uploads to the provider's upload host and kie.ai's temporary download links
 * (https://docs.kie.ai/file-upload-api/quickstart, https://docs.kie.ai/common-api/download-url). Uploads are writes:
 * sent once, never retried, since a retried upload may store the file twice.
 */
final class RecordInfoFiles {
  /** The docs: base64 is meant for small files, above 10 MB use the stream upload. */
  static final int MAX_BASE64_BYTES = 10 * 1024 * 1024;
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");
  private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

  private final RecordInfoDialect dialect;
  private final AudioDialect audio;
  private final RequestRules rules;
  private final HttpTransport uploadHost;
  private final UploadApi uploads;
  private final AudioApi api;
  private final HttpTransport apiHost;
  private final AnswerMapper<Object, UploadedFile> uploaded;
  private final AnswerMapper<Object, ResultLink> link;

  /** Builds a client from the wire reader, the API host and the upload host (null when the provider has none). */
  @FunctionalInterface
  interface Opener<C> {
    C open(Moshi moshi, HttpTransport apiHost, HttpTransport uploadHost);
  }

  /**
   * Opens the API host and, when the provider has one, the upload host, then the client {@code opener} builds; if
   * that fails, both hosts are closed again. Both kie.ai routes use the same upload host and file API.
   */
  static <C> C open(RecordInfoDialect dialect, ProviderSettings settings, Sleeper sleeper, Opener<C> opener) {
    Moshi moshi = new Moshi.Builder().add(java.math.BigDecimal.class, WireRecords.DECIMALS)
        .add(TolerantText.ADAPTER).build();
    HttpTransport api = HttpTransport.open(dialect.id(), settings, dialect.defaultBaseUrl(), moshi, sleeper);
    HttpTransport uploadHost = null;
    try {
      uploadHost = dialect.audio().isEmpty() ? null : HttpTransport.open(dialect.id(), uploadSettings(settings),
          dialect.audio().get().uploadHost(), moshi, sleeper);
      return opener.open(moshi, api, uploadHost);
    } catch (RuntimeException e) {
      api.close();
      if (uploadHost != null) {
        uploadHost.close();
      }
      throw e;
    }
  }

  /**
   * The settings of the upload host: its own base URL when set; else the API's base URL when that is overridden
   * (a mock or a proxy serving both), so that a client pointed away from the provider never uploads to it; else the
   * provider's real upload host.
   */
  private static ProviderSettings uploadSettings(ProviderSettings settings) {
    return settings.toBuilder().baseUrl(settings.uploadBaseUrl().or(settings::baseUrl).orElse(null)).build();
  }

  /**
   * The file operations of {@code dialect}'s provider on its two hosts; their answers use the legacy envelope on both
   * kie.ai routes, since uploads and download links are kie's common APIs, not Suno models.
   */
  static RecordInfoFiles of(RecordInfoDialect dialect, RequestRules rules, Moshi moshi, HttpTransport uploadHost,
      HttpTransport apiHost) {
    AudioDialect facts = dialect.audio().orElseThrow();
    Answers answers = new Answers(dialect.id(), dialect.errorTable());
    AnswerMapper<Object, UploadedFile> uploaded = answers.of(Envelopes.legacy(moshi, UploadedData.class),
        (none, e) -> AudioMapper.uploadedFileFrom(Envelopes.data(e), Instant.now(), facts.uploadRetention()));
    // The link's life is counted from when the answer arrives: a little early, never late.
    AnswerMapper<Object, ResultLink> link = answers.of(Envelopes.legacy(moshi, String.class), (none, e) -> {
      URI url = URI.create(Envelopes.data(e).strip());
      // Only declared, and so only called, where the dialect documents the lifetime (RecordInfoAudio.operations).
      return ResultLink.keptFor(url, facts.downloadLinkLifetime(), Instant.now());
    });
    return new RecordInfoFiles(dialect, rules, uploadHost, apiHost, uploaded, link);
  }

  private RecordInfoFiles(RecordInfoDialect dialect, RequestRules rules, HttpTransport uploadHost,
      HttpTransport apiHost, AnswerMapper<Object, UploadedFile> uploaded, AnswerMapper<Object, ResultLink> link) {
    this.dialect = dialect;
    this.audio = dialect.audio().orElseThrow();
    this.rules = rules;
    this.uploadHost = uploadHost;
    this.uploads = uploadHost.service(UploadApi.class);
    this.apiHost = apiHost;
    this.api = apiHost.service(AudioApi.class);
    this.uploaded = uploaded;
    this.link = link;
  }

  UploadedFile upload(FileUpload upload) {
    String folder = upload.folder();
    String name = upload.fileName().orElse(null);
    return switch (upload.source()) {
      case URL -> uploadHost.exchange().write(
          uploads.fromUrl(new FileUrlUpload(upload.url().orElseThrow().toString(), folder, name)), uploaded, null);
      case BYTES -> {
        if (upload.byteCount() > MAX_BASE64_BYTES) {
          throw rules.invalid("bytes", upload.byteCount() + " bytes is over the " + MAX_BASE64_BYTES + " a base64 "
              + "upload is meant for; upload the file with FileUpload.fromFile, which streams it");
        }
        String base64 = Base64.getEncoder().encodeToString(upload.bytes().orElseThrow());
        yield uploadHost.exchange().write(uploads.fromBase64(new FileBase64Upload(base64, folder, name)), uploaded,
            null);
      }
      case FILE -> {
        Path file = upload.file().orElseThrow();
        long size = readableSize(file);
        MultipartBody.Part part = MultipartBody.Part.createFormData("file", name, streamed(file, size));
        yield uploadHost.exchange().write(uploads.fromStream(part, RequestBody.create(folder, TEXT),
            RequestBody.create(name, TEXT)), uploaded, null);
      }
    };
  }

  /** Releases the upload host's connections. */
  void close() {
    uploadHost.close();
  }

  ResultLink downloadLink(URI fileUrl) {
    if (audio.downloadLinkLifetime() == null) {
      throw UnsupportedCapabilityException.of(dialect.id(), Capability.DOWNLOAD_LINK, "files().downloadLink");
    }
    String scheme = fileUrl == null ? null : fileUrl.getScheme();
    if (fileUrl == null || !("http".equals(scheme) || "https".equals(scheme)) || fileUrl.getHost() == null) {
      throw rules.invalid("fileUrl", "must be an absolute http or https URL the provider made");
    }
    return apiHost.exchange().write(api.downloadUrl(new DownloadUrlSubmit(fileUrl.toString())), link, null);
  }

  /** The file's size, after checking it is a regular, readable file: refused before anything is sent. */
  private long readableSize(Path file) {
    if (!Files.isRegularFile(file)) {
      throw rules.invalid("file", "'" + file + "' does not exist or is not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw rules.invalid("file", "'" + file + "' cannot be read");
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw rules.invalid("file", "'" + file + "' cannot be read: " + e.getMessage());
    }
  }

  /** A body that copies the file to the connection as it is written, so the file is never held in memory. */
  private static RequestBody streamed(Path file, long size) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return OCTETS;
      }

      @Override
      public long contentLength() {
        return size;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (Source source = Okio.source(file)) {
          sink.writeAll(source);
        }
      }
    };
  }
}
