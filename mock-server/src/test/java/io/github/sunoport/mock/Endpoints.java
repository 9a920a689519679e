package io.github.sunoport.mock;

import java.net.http.HttpResponse;
import java.util.Map;

/** The documented path, method and a valid request of every route, for tests that walk all of them. */
final class Endpoints {
  record Target(String method, String path, String fixture) {}

  private static final Map<String, Target> FAMILY = Map.ofEntries(
      Map.entry("market-create", new Target("POST", "api/v1/jobs/createTask", "market-generate.json")),
      Map.entry("market-record-info",
          new Target("GET", "api/v1/jobs/recordInfo?taskId=task_suno_1759651200000", null)),
      Map.entry("lyrics", new Target("POST", "api/v1/lyrics", "lyrics.json")),
      Map.entry("lyrics-record-info", new Target("GET", "api/v1/lyrics/record-info?taskId=11dc****8b0f", null)),
      Map.entry("generate", new Target("POST", "api/v1/generate", "kie-generate.json")),
      Map.entry("extend", new Target("POST", "api/v1/generate/extend", "extend.json")),
      Map.entry("generate-record-info", new Target("GET", "api/v1/generate/record-info?taskId=5c79****be8e", null)),
      Map.entry("timestamped-lyrics", new Target("POST", "api/v1/generate/get-timestamped-lyrics", null)),
      Map.entry("upload-cover", new Target("POST", "api/v1/generate/upload-cover", "kie-upload-cover.json")),
      Map.entry("upload-extend", new Target("POST", "api/v1/generate/upload-extend", "kie-upload-extend.json")),
      Map.entry("add-vocals", new Target("POST", "api/v1/generate/add-vocals", "kie-add-vocals.json")),
      Map.entry("add-instrumental",
          new Target("POST", "api/v1/generate/add-instrumental", "kie-add-instrumental.json")),
      Map.entry("replace-section", new Target("POST", "api/v1/generate/replace-section", "kie-replace-section.json")),
      Map.entry("mashup", new Target("POST", "api/v1/generate/mashup", "kie-mashup.json")),
      Map.entry("sounds", new Target("POST", "api/v1/generate/sounds", "kie-sounds.json")),
      Map.entry("file-url-upload", new Target("POST", "api/file-url-upload", "file-url-upload.json")),
      Map.entry("file-base64-upload", new Target("POST", "api/file-base64-upload", "file-base64-upload.json")),
      Map.entry("file-stream-upload", new Target("POST", "api/file-stream-upload", "file-url-upload.json")),
      Map.entry("download-url", new Target("POST", "api/v1/common/download-url", "download-url.json")),
      Map.entry("wav", new Target("POST", "api/v1/wav/generate", "derived-track.json")),
      Map.entry("wav-record-info", new Target("GET", "api/v1/wav/record-info?taskId=988e****c8d3", null)),
      Map.entry("vocal-removal", new Target("POST", "api/v1/vocal-removal/generate", "derived-track.json")),
      Map.entry("vocal-removal-record-info",
          new Target("GET", "api/v1/vocal-removal/record-info?taskId=3e63b4cc88d52611159371f6af5571e7", null)),
      Map.entry("midi", new Target("POST", "api/v1/midi/generate", "derived-track.json")),
      Map.entry("midi-record-info", new Target("GET", "api/v1/midi/record-info?taskId=5c79****be8e", null)),
      Map.entry("mp4", new Target("POST", "api/v1/mp4/generate", "derived-track.json")),
      Map.entry("mp4-record-info", new Target("GET", "api/v1/mp4/record-info?taskId=988e****c8d3", null)),
      Map.entry("cover", new Target("POST", "api/v1/suno/cover/generate", "derived-track.json")),
      Map.entry("cover-record-info",
          new Target("GET", "api/v1/suno/cover/record-info?taskId=21aee3c3c2a01fa5e030b3799fa4dd56", null)),
      Map.entry("generate-persona", new Target("POST", "api/v1/generate/generate-persona", "derived-persona.json")),
      Map.entry("style", new Target("POST", "api/v1/style/generate", "derived-style.json")));

  private static final Map<String, Target> COM = Map.of(
      "make-lyrics", new Target("POST", "api/v1/suno/make-lyrics", "com-make-lyrics.json"),
      "get-lyrics", new Target("GET", "api/v1/suno/get-lyrics/3d51f2fb-2a52-4207-9808-a3aa7c9f64ce", null),
      "create", new Target("POST", "api/v1/suno/create", "com-create.json"),
      "get-credits", new Target("GET", "api/v1/get-credits", null),
      "upload", new Target("POST", "api/v1/suno/upload", "com-upload.json"),
      "wav", new Target("POST", "api/v1/suno/wav", "com-wav.json"),
      "stems-basic", new Target("POST", "api/v1/suno/stems/basic", "com-stems.json"),
      "stems-full", new Target("POST", "api/v1/suno/stems/full", "com-stems.json"),
      "task", new Target("GET", "api/v1/suno/task/af0b3e97-0905-4827-a3c9-a31976873120", null));

  private Endpoints() {}

  static Target target(String provider, String route) {
    if (route.equals("credits")) {
      return new Target("GET", provider.equals("kie") ? "api/v1/chat/credit" : "api/v1/generate/credit", null);
    }
    Target target = (provider.equals("sunoapi-com") ? COM : FAMILY).get(route);
    if (target == null) throw new IllegalArgumentException(provider + " " + route);
    return target;
  }

  static HttpResponse<String> call(Http http, String provider, String route, String... headers) {
    Target target = target(provider, route);
    if (target.method().equals("GET")) return http.get(provider, target.path(), headers);
    String body = route.equals("timestamped-lyrics")
        ? "{\"taskId\":\"5c79****be8e\",\"audioId\":\"e231****-****-****-****-****8cadc7dc\"}"
        : Http.fixture(target.fixture());
    return http.post(provider, target.path(), body, headers);
  }
}
