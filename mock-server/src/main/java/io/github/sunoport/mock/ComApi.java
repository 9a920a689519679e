package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sunoapi.com endpoints (providers.md 3.1–3.5): lyrics, music (new and legacy polling), credits. */
final class ComApi {
  private static final Provider COM = Provider.SUNOAPI_COM;

  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final ComRecords records;
  private final ErrorBodies errors;

  ComApi(Parts parts) {
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors().get(COM);
    this.records = new ComRecords(parts.templates(), lifecycle);
  }

  void register(Routes routes) {
    routes.add(COM, "make-lyrics", "POST", "/api/v1/suno/make-lyrics", this::makeLyrics);
    routes.addWithId(COM, "get-lyrics", "/api/v1/suno/get-lyrics", this::getLyrics);
    routes.add(COM, "create", "POST", "/api/v1/suno/create", this::create);
    routes.addWithId(COM, "task", "/api/v1/suno/task", call -> music(call, false));
    routes.addWithId(COM, "clip", "/api/v1/suno/clip", call -> music(call, true));
    routes.add(COM, "get-credits", "GET", "/api/v1/get-credits",
        call -> Reply.json(200, catalog.find(COM, "get-credits", "success").body()));
  }

  private Reply makeLyrics(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    ComRules.makeLyrics(fields);
    return created(fields, TaskKind.LYRICS, "", List.of());
  }

  private Reply create(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    boolean extend = ComRules.create(fields);
    String parent = extend ? fields.optional("continue_clip_id") : "";
    List<String> clips = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    return created(fields, extend ? TaskKind.EXTEND : TaskKind.MUSIC, parent, clips);
  }

  private Reply created(Fields fields, TaskKind kind, String parent, List<String> clips) throws BadInput {
    String id = UUID.randomUUID().toString();
    // No lyrics callback is documented for sunoapi.com; webhook_url is kept in case a caller sends one.
    tasks.add(new Task(id, COM, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        fields.optional("webhook_url"), parent, clips, Fate.SUCCESS));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("task_id", id);
    return Reply.json(200, ComRecords.envelope(data, "success"));
  }

  private Reply getLyrics(Call call) throws BadInput {
    String id = pathId(call);
    Example documented = catalog.forTask(COM, "get-lyrics", id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(COM, id);
    if (task == null || task.kind() != TaskKind.LYRICS) return errors.taskNotFound();
    return Reply.json(200, records.lyrics(task));
  }

  private Reply music(Call call, boolean legacy) throws BadInput {
    String id = pathId(call);
    Example documented = catalog.forTask(COM, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(COM, id);
    if (task == null || task.kind() == TaskKind.LYRICS) return errors.taskNotFound();
    return Reply.json(200, legacy ? records.legacyClip(task) : records.task(task));
  }

  private static String pathId(Call call) throws BadInput {
    String id = Call.decode(call.pathId(), false);
    if (id.isBlank()) throw BadInput.invalid("missing task id.");
    return id;
  }
}
