package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The upload host of kie.ai and sunoapi.org (https://docs.kie.ai/file-upload-api/quickstart; sunoapi.org's host is
 * known from third-party clients only): upload from a URL, from base64 and as a multipart stream, each answering the
 * stored file's download URL, which this mock serves back from its own {@code /<provider>/files/<id>} without an API
 * key. kie.ai's temporary download link is here too. The mock stores uploads within its body limit
 * ({@link MockServer#MAX_BODY_BYTES}) and never downloads a URL upload: its file URL redirects to the original.
 */
final class FilesApi {
  static final String FILES_PATH = "/files";
  /** Every page says uploaded files are deleted after 3 days. */
  static final Duration RETENTION = Duration.ofDays(3);
  /** kie.ai's download links work for 20 minutes. */
  static final Duration LINK_LIFETIME = Duration.ofMinutes(20);
  /** Track URLs the mock hands out; kie's download-url accepts only files kie made. */
  private static final String GENERATED_PREFIX = "https://example.cn/";
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("mp3", "audio/mpeg"),
      Map.entry("wav", "audio/wav"), Map.entry("m4a", "audio/mp4"), Map.entry("flac", "audio/flac"),
      Map.entry("ogg", "audio/ogg"), Map.entry("aac", "audio/aac"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("mp4", "video/mp4"));

  /**
   * How the upload answer reads: kie.ai's quickstart ({@code fileId}, {@code fileUrl}, {@code uploadTime},
   * {@code expiresAt}) or the endpoint pages' ({@code filePath}, {@code uploadedAt}).
   */
  enum UploadShape { KIE_QUICKSTART, ENDPOINT_PAGES }

  private final Profile profile;
  private final FileStore files;
  private final ResultFiles results;
  private final Lifecycle lifecycle;
  private final ErrorBodies errors;
  private final UploadShape shape;

  private FilesApi(Profile profile, Parts parts, UploadShape shape) {
    this.profile = profile;
    this.files = parts.uploads();
    this.results = parts.files();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors(profile);
    this.shape = shape;
  }

  /** The upload routes and the file route; with {@code downloadLinks}, kie.ai's download-url too. */
  static List<Operation> operations(UploadShape shape, boolean downloadLinks) {
    List<Operation> operations = new java.util.ArrayList<>(List.of(
        Operation.post("file-url-upload", "/api/file-url-upload", (p, parts) -> new FilesApi(p, parts, shape)::fromUrl),
        Operation.post("file-base64-upload", "/api/file-base64-upload",
            (p, parts) -> new FilesApi(p, parts, shape)::fromBase64),
        Operation.post("file-stream-upload", "/api/file-stream-upload",
            (p, parts) -> new FilesApi(p, parts, shape)::fromStream),
        Operation.openGetById("files", FILES_PATH, (p, parts) -> new FilesApi(p, parts, shape)::serve)));
    if (downloadLinks) {
      operations.add(Operation.post("download-url", "/api/v1/common/download-url",
          (p, parts) -> new FilesApi(p, parts, shape)::downloadUrl));
    }
    return operations;
  }

  private Reply fromUrl(Call call) throws BadInput {
    Fields f = new Fields(call.json());
    String url = f.required("fileUrl");
    if (!url.startsWith("http://") && !url.startsWith("https://")) throw BadInput.invalid("fileUrl must be a URL");
    String folder = folder(f.required("uploadPath"));
    String name = name(f.optional("fileName"), url.substring(url.lastIndexOf('/') + 1));
    return stored(call, folder, name, files.add(name, type(name), null, url));
  }

  private Reply fromBase64(Call call) throws BadInput {
    Fields f = new Fields(call.json());
    String data = f.required("base64Data");
    String folder = folder(f.required("uploadPath"));
    String declaredType = null;
    if (data.startsWith("data:")) {
      int comma = data.indexOf(',');
      if (comma < 0 || !data.substring(0, comma).endsWith(";base64")) {
        throw BadInput.invalid("base64Data is not a base64 data URL");
      }
      declaredType = data.substring(5, comma - ";base64".length());
      data = data.substring(comma + 1);
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw BadInput.invalid("base64Data is not valid base64");
    }
    if (bytes.length == 0) throw BadInput.invalid("base64Data is empty");
    String name = name(f.optional("fileName"), null);
    String type = declaredType != null && !declaredType.isBlank() ? declaredType : type(name);
    return stored(call, folder, name, files.add(name, type, bytes, null));
  }

  private Reply fromStream(Call call) throws BadInput {
    Map<String, Multipart.Part> parts = Multipart.parse(call.contentType(), call.body());
    Multipart.Part file = parts.get("file");
    if (file == null || file.content().length == 0) throw BadInput.invalid("file is required");
    Multipart.Part path = parts.get("uploadPath");
    if (path == null) throw BadInput.invalid("uploadPath is required");
    String folder = folder(path.text());
    Multipart.Part named = parts.get("fileName");
    String name = name(named == null ? null : named.text(), file.fileName());
    return stored(call, folder, name, files.add(name, type(name), file.content(), null));
  }

  private Reply serve(Call call) {
    FileStore.StoredFile file = files.get(call.pathId());
    if (file == null) return errors.taskNotFound();
    if (file.bytes() == null) {
      return new Reply(302, "text/plain; charset=utf-8", new byte[0], Map.of("Location", file.sourceUrl()));
    }
    return new Reply(200, file.mimeType(), file.bytes(), Map.of());
  }

  /**
   * kie.ai: a 20-minute link to a file kie made; any other URL is 422 (https://docs.kie.ai/common-api/download-url).
   */
  private Reply downloadUrl(Call call) throws BadInput {
    String url = new Fields(call.json()).required("url");
    String own = call.origin() + "/" + profile.id() + FILES_PATH + "/";
    String link;
    if (url.startsWith(own) && files.get(url.substring(own.length())) != null) {
      link = url + "?expires=" + lifecycle.now().plus(LINK_LIFETIME).getEpochSecond();
    } else if (url.startsWith(GENERATED_PREFIX) || url.startsWith(results.base())) {
      link = "https://tempfile.example.cn/" + UUID.randomUUID().toString().replace("-", "");
    } else {
      return errors.reply(422, "The URL is not a file generated by this service");
    }
    return Reply.json(200, profile.envelope().ok(link, "success"));
  }

  private Reply stored(Call call, String folder, String name, FileStore.StoredFile file) {
    Instant now = lifecycle.now();
    String url = call.origin() + "/" + profile.id() + FILES_PATH + "/" + file.id();
    Map<String, Object> data = new LinkedHashMap<>();
    if (shape == UploadShape.KIE_QUICKSTART) {
      data.put("fileId", file.id());
      data.put("fileName", name);
      data.put("originalName", name);
      data.put("fileSize", file.size());
      data.put("mimeType", file.mimeType());
      data.put("uploadPath", folder);
      data.put("fileUrl", url);
      data.put("downloadUrl", url);
      data.put("uploadTime", now.toString());
      data.put("expiresAt", now.plus(RETENTION).toString());
    } else {
      data.put("fileName", name);
      data.put("filePath", folder + "/" + name);
      data.put("downloadUrl", url);
      data.put("fileSize", file.size());
      data.put("mimeType", file.mimeType());
      data.put("uploadedAt", now.toString());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", true);
    body.putAll(profile.envelope().ok(data, "File uploaded successfully"));
    return Reply.json(200, body);
  }

  /** The docs' rule: a folder without a leading or trailing slash. */
  private static String folder(String path) throws BadInput {
    if (path.startsWith("/") || path.endsWith("/") || path.contains("..") || path.contains("//")) {
      throw BadInput.invalid("uploadPath must be a folder without a leading or trailing slash");
    }
    return path;
  }

  private static String name(String given, String fallback) throws BadInput {
    String name = given != null && !given.isBlank() ? given : fallback;
    if (name == null || name.isBlank()) return UUID.randomUUID().toString().replace("-", "");
    if (name.contains("/") || name.contains("\\")) throw BadInput.invalid("fileName must not contain a path");
    return new String(name.getBytes(UTF_8), UTF_8);
  }

  private static String type(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 ? "application/octet-stream"
        : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }
}
