package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The kie.ai / sunoapi.org endpoints of one provider (same paths except credits). */
final class FamilyApi {
  /** Scenario values that pick the lyrics array key of a record instead of an example file. */
  static final String DATA_ARRAY = "data-array";
  static final String LYRICS_DATA = "lyrics-data";

  private final Provider provider;
  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final FamilyRules rules;
  private final FamilyRecords records;
  private final ErrorBodies errors;
  private final Callbacks callbacks;

  FamilyApi(Provider provider, Parts parts) {
    this.provider = provider;
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors().get(provider);
    this.callbacks = parts.callbacks();
    this.rules = new FamilyRules(provider);
    this.records = new FamilyRecords(parts.templates(), lifecycle);
  }

  void register(Routes routes) {
    Provider p = provider;
    routes.add(p, "lyrics", "POST", "/api/v1/lyrics", this::createLyrics);
    routes.add(p, "lyrics-record-info", "GET", "/api/v1/lyrics/record-info", this::lyricsRecord);
    routes.add(p, "generate", "POST", "/api/v1/generate", call -> createMusic(call, TaskKind.MUSIC));
    routes.add(p, "extend", "POST", "/api/v1/generate/extend", call -> createMusic(call, TaskKind.EXTEND));
    routes.add(p, "generate-record-info", "GET", "/api/v1/generate/record-info", this::musicRecord);
    routes.add(p, "timestamped-lyrics", "POST", "/api/v1/generate/get-timestamped-lyrics", this::timestamped);
    String credits = p == Provider.KIE ? "/api/v1/chat/credit" : "/api/v1/generate/credit";
    routes.add(p, "credits", "GET", credits, call -> example("credits"));
  }

  private Reply createLyrics(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    rules.lyrics(fields);
    return created(fields, TaskKind.LYRICS, "", List.of());
  }

  private Reply createMusic(Call call, TaskKind kind) throws BadInput {
    Fields fields = new Fields(call.json());
    if (kind == TaskKind.EXTEND) rules.extend(fields); else rules.generate(fields);
    String parent = kind == TaskKind.EXTEND ? fields.required("audioId") : "";
    return created(fields, kind, parent, List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
  }

  private Reply created(Fields fields, TaskKind kind, String parent, List<String> trackIds) throws BadInput {
    String id = UUID.randomUUID().toString().replace("-", "");
    Task task = tasks.add(new Task(id, provider, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        fields.required("callBackUrl"), parent, trackIds, Fate.SUCCESS));
    callbacks.schedule(task);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", id);
    return Reply.json(200, FamilyRecords.envelope(data));
  }

  private Reply lyricsRecord(Call call) throws BadInput {
    String id = taskId(call);
    Example documented = catalog.forTask(provider, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(provider, id);
    if (task == null || task.kind() != TaskKind.LYRICS) return errors.taskNotFound();
    return Reply.json(200, records.lyrics(task, DATA_ARRAY.equals(call.scenario()) ? "data" : "lyricsData"));
  }

  private Reply musicRecord(Call call) throws BadInput {
    String id = taskId(call);
    Example documented = catalog.forTask(provider, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(provider, id);
    if (task == null || task.kind() == TaskKind.LYRICS) return errors.taskNotFound();
    return Reply.json(200, records.music(task));
  }

  /** The documented alignment example, for a documented music task or a created track whose audio exists. */
  private Reply timestamped(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    rules.timestamped(fields);
    String taskId = fields.required("taskId");
    if (catalog.forTask(provider, "generate-record-info", taskId) != null) return example("timestamped-lyrics");
    Task task = tasks.get(provider, taskId);
    boolean ready = task != null && task.kind() != TaskKind.LYRICS && !task.fate().failed()
        && task.trackIds().contains(fields.required("audioId"))
        && lifecycle.stage(task, FamilyRecords.MUSIC_STAGES.length) >= 2;
    return ready ? example("timestamped-lyrics") : errors.taskNotFound();
  }

  private static String taskId(Call call) throws BadInput {
    String id = call.query("taskId");
    if (id == null || id.isBlank()) throw BadInput.invalid("taskId is required");
    return id;
  }

  private Reply example(String route) {
    return Reply.json(200, catalog.find(provider, route, "success").body());
  }
}
