package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The music-from-audio routes of kie.ai and sunoapi.org (the pages listed in https://docs.kie.ai/llms.txt and
 * https://docs.sunoapi.org/llms.txt): each creates a music-shaped task polled through the music record-info and called
 * back with the music stages. An {@code uploadUrl} that points at this mock's own file URL must name a stored upload,
 * or the call fails as the providers do when they cannot fetch the audio (body code 451), so the upload → cover flow is
 * checked end to end on loopback.
 */
final class AudioApi {
  private final Profile profile;
  private final AudioRules rules;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final Callbacks callbacks;
  private final FileStore files;
  private final ResultFiles results;
  private final ErrorBodies errors;

  private AudioApi(Profile profile, Parts parts, AudioLimits limits) {
    this.profile = profile;
    this.rules = new AudioRules(limits);
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.callbacks = parts.callbacks();
    this.files = parts.uploads();
    this.results = parts.files();
    this.errors = parts.errors(profile);
  }

  /** The routes, validated by {@code limits}. */
  static List<Operation> operations(AudioLimits limits) {
    return List.of(
        route("upload-cover", "/api/v1/generate/upload-cover", limits, TaskKind.UPLOAD_COVER),
        route("upload-extend", "/api/v1/generate/upload-extend", limits, TaskKind.UPLOAD_EXTEND),
        route("add-vocals", "/api/v1/generate/add-vocals", limits, TaskKind.ADD_VOCALS),
        route("add-instrumental", "/api/v1/generate/add-instrumental", limits, TaskKind.ADD_INSTRUMENTAL),
        route("replace-section", "/api/v1/generate/replace-section", limits, TaskKind.REPLACE_SECTION),
        route("mashup", "/api/v1/generate/mashup", limits, TaskKind.MASHUP),
        route("sounds", "/api/v1/generate/sounds", limits, TaskKind.SOUNDS));
  }

  private static Operation route(String key, String path, AudioLimits limits, TaskKind kind) {
    return Operation.post(key, path, (p, parts) -> call -> new AudioApi(p, parts, limits).create(call, kind));
  }

  private Reply create(Call call, TaskKind kind) throws BadInput {
    Fields fields = new Fields(call.json());
    rules.check(kind, fields);
    Reply unfetchable = unfetchable(call, profile, files, errors, fields);
    if (unfetchable != null) return unfetchable;
    String id = UUID.randomUUID().toString().replace("-", "");
    String parent = kind == TaskKind.REPLACE_SECTION ? String.valueOf(fields.body().getOrDefault("audioId", "")) : "";
    // The sounds callback URL is optional; such a task is polled only.
    String callBackUrl = fields.optional("callBackUrl");
    Task task = tasks.add(new Task(id, profile, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        callBackUrl == null ? "" : callBackUrl, parent,
        List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()), Fate.SUCCESS, results.base()));
    if (callBackUrl != null) callbacks.schedule(task);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", id);
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }

  /**
   * The 451 answer when an {@code uploadUrl} (or one of {@code uploadUrlList}) points at a file of this mock that is
   * not stored, else null; a URL elsewhere is taken on trust (the mock never downloads).
   */
  static Reply unfetchable(Call call, Profile profile, FileStore files, ErrorBodies errors, Fields fields) {
    Object list = fields.body().get("uploadUrlList");
    Object url = fields.body().get("uploadUrl");
    List<?> sources = list instanceof List<?> urls ? urls : url == null ? List.of() : List.of(url);
    String own = call.origin() + "/" + profile.id() + FilesApi.FILES_PATH + "/";
    for (Object source : sources) {
      String text = String.valueOf(source);
      if (call.origin() != null && text.startsWith(own) && files.get(text.substring(own.length())) == null) {
        return errors.reply(451, "File fetch failed: the uploaded file is not (or no longer) stored");
      }
    }
    return null;
  }
}
