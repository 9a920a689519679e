package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The routes kie.ai and sunoapi.org share (https://docs.kie.ai/suno-api/quickstart,
 * https://docs.sunoapi.org/suno-api/generate-lyrics and their sibling pages): same paths except credits, same records.
 * One instance answers one route of one provider; what differs between the two lives in their {@link Profile}.
 */
final class FamilyApi {
  /** Scenario values that pick the lyrics array key of a record instead of an example file. */
  static final String DATA_ARRAY = "data-array";
  static final String LYRICS_DATA = "lyrics-data";

  private final Profile profile;
  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final FamilyRules rules;
  private final FamilyRecords records;
  private final ErrorBodies errors;
  private final Callbacks callbacks;
  private final ResultFiles files;

  private FamilyApi(Profile profile, Parts parts, FamilyLimits limits) {
    this.profile = profile;
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors(profile);
    this.callbacks = parts.callbacks();
    this.rules = new FamilyRules(limits);
    this.records = new FamilyRecords(parts.templates(), lifecycle);
    this.files = parts.files();
  }

  /**
   * The shared routes; only the credits path, the request limits and whether one instrument can be separated
   * ({@link DerivedApi}) differ between the two providers.
   */
  static List<Operation> operations(String creditsPath, FamilyLimits limits, boolean oneInstrument) {
    List<Operation> music = List.of(
        Operation.post("lyrics", "/api/v1/lyrics", (p, parts) -> new FamilyApi(p, parts, limits)::createLyrics),
        Operation.get("lyrics-record-info", "/api/v1/lyrics/record-info",
            (p, parts) -> new FamilyApi(p, parts, limits)::lyricsRecord),
        Operation.post("generate", "/api/v1/generate",
            (p, parts) -> new FamilyApi(p, parts, limits).creating(TaskKind.MUSIC)),
        Operation.post("extend", "/api/v1/generate/extend",
            (p, parts) -> new FamilyApi(p, parts, limits).creating(TaskKind.EXTEND)),
        Operation.get("generate-record-info", "/api/v1/generate/record-info",
            (p, parts) -> new FamilyApi(p, parts, limits)::musicRecord),
        Operation.post("timestamped-lyrics", "/api/v1/generate/get-timestamped-lyrics",
            (p, parts) -> new FamilyApi(p, parts, limits)::timestamped),
        Operation.example("credits", creditsPath));
    List<Operation> all = new java.util.ArrayList<>(music);
    all.addAll(DerivedApi.operations(oneInstrument));
    return all;
  }

  private Reply createLyrics(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    rules.lyrics(fields);
    return created(fields, TaskKind.LYRICS, "", List.of());
  }

  private Endpoint creating(TaskKind kind) {
    return call -> createMusic(call, kind);
  }

  private Reply createMusic(Call call, TaskKind kind) throws BadInput {
    Fields fields = new Fields(call.json());
    if (kind == TaskKind.EXTEND) rules.extend(fields); else rules.generate(fields);
    String parent = kind == TaskKind.EXTEND ? fields.required("audioId") : "";
    return created(fields, kind, parent, List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
  }

  private Reply created(Fields fields, TaskKind kind, String parent, List<String> trackIds) throws BadInput {
    String id = UUID.randomUUID().toString().replace("-", "");
    Task task = tasks.add(new Task(id, profile, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        fields.required("callBackUrl"), parent, trackIds, Fate.SUCCESS, files.base()));
    callbacks.schedule(task);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", id);
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }

  private Reply lyricsRecord(Call call) throws BadInput {
    String id = taskId(call);
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task == null || task.kind() != TaskKind.LYRICS || MarketRecords.isMarket(task)) return errors.taskNotFound();
    return Reply.json(200, records.lyrics(task, DATA_ARRAY.equals(call.scenario()) ? "data" : "lyricsData"));
  }

  private Reply musicRecord(Call call) throws BadInput {
    String id = taskId(call);
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task == null || !task.kind().music() || MarketRecords.isMarket(task)) return errors.taskNotFound();
    return Reply.json(200, records.music(task));
  }

  /** The documented alignment example, for a documented music task or a created track whose audio exists. */
  private Reply timestamped(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    rules.timestamped(fields);
    String taskId = fields.required("taskId");
    if (catalog.forTask(profile, "generate-record-info", taskId) != null) return example();
    Task task = tasks.get(profile, taskId);
    boolean ready = task != null && task.kind().music() && !MarketRecords.isMarket(task) && !task.fate().failed()
        && task.trackIds().contains(fields.required("audioId"))
        && lifecycle.stage(task, FamilyRecords.MUSIC_STAGES.length) >= 2;
    return ready ? example() : errors.taskNotFound();
  }

  private static String taskId(Call call) throws BadInput {
    String id = call.query("taskId");
    if (id == null || id.isBlank()) throw BadInput.invalid("taskId is required");
    return id;
  }

  private Reply example() {
    return Reply.json(200, catalog.find(profile, "timestamped-lyrics", "success").body());
  }
}
