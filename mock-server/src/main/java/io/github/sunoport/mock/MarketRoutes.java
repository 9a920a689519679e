package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code market} dialect of the kie.ai profile: {@code POST /api/v1/jobs/createTask} and {@code GET
 * /api/v1/jobs/recordInfo} beside the legacy tree (https://docs.kie.ai/market/common/get-task-detail). Tasks created
 * here are polled here only, and the legacy record-info routes do not know them. Errors use the Market envelope ({@link
 * Envelope#MARKET}); the create call answers as its documented example does ({@code msg}).
 */
final class MarketRoutes {
  private final Profile profile;
  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final ErrorBodies errors;
  private final Callbacks callbacks;
  private final MarketRecords records;
  private final ResultFiles files;
  private final FileStore uploads;
  private final AudioRules audioRules = new AudioRules(AudioLimits.MARKET);
  private final DerivedApi derived;

  private MarketRoutes(Profile profile, Parts parts) {
    this.profile = profile;
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors(profile).in(Envelope.MARKET);
    this.callbacks = parts.callbacks();
    this.records = new MarketRecords(parts.templates(), lifecycle);
    this.files = parts.files();
    this.uploads = parts.uploads();
    this.derived = DerivedApi.of(profile, parts, true, errors);
  }

  static List<Operation> operations() {
    return List.of(
        Operation.post("market-create", "/api/v1/jobs/createTask", (p, parts) -> new MarketRoutes(p, parts)::create)
            .withEnvelope(Envelope.MARKET),
        Operation.get("market-record-info", "/api/v1/jobs/recordInfo",
            (p, parts) -> new MarketRoutes(p, parts)::recordInfo).withEnvelope(Envelope.MARKET));
  }

  private Reply create(Call call) throws BadInput {
    Fields body = new Fields(call.json());
    String operation = MarketRules.operation(body);
    Fields input = MarketRules.input(body);
    Map<String, Object> request = request(operation, input.body());
    // Everything but generate, extend and lyrics is checked by the legacy routes' rules on the input renamed to
    // their camelCase names.
    Fields legacy = new Fields(request);
    TaskKind derivedKind = MarketRules.DERIVED.get(operation);
    if (derivedKind != null) {
      return derived.derive(legacy, derivedKind, (kind, parent, ids) -> created(body, request, kind, parent, ids));
    }
    if (operation.equals(MarketRules.PERSONA)) return derived.persona(legacy);
    if (operation.equals(MarketRules.STYLE)) return derived.style(legacy);
    TaskKind kind = MarketRules.AUDIO.get(operation);
    if (kind != null) {
      audioRules.check(kind, legacy);
      Reply unfetchable = AudioApi.unfetchable(call, profile, uploads, errors, legacy);
      if (unfetchable != null) return unfetchable;
    } else {
      MarketRules.check(operation, input);
      if (operation.equals(MarketRules.TIMESTAMPED)) return timestamped(input);
      if (!operation.equals(MarketRules.LYRICS)) audioRules.common(legacy, input.optional("model"));
      kind = operation.equals(MarketRules.LYRICS) ? TaskKind.LYRICS
          : operation.equals(MarketRules.EXTEND) ? TaskKind.EXTEND : TaskKind.MUSIC;
    }
    List<String> trackIds = kind == TaskKind.LYRICS ? List.of()
        : List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    String parent = kind == TaskKind.EXTEND || kind == TaskKind.REPLACE_SECTION
        ? String.valueOf(request.getOrDefault("audioId", "")) : "";
    return created(body, request, kind, parent, trackIds);
  }

  private Reply created(Fields body, Map<String, Object> request, TaskKind kind, String parent, List<String> trackIds)
      throws BadInput {
    String id = UUID.randomUUID().toString().replace("-", "");
    Task task = tasks.add(new Task(id, profile, kind, lifecycle.now(), Json.string(body.body()), request,
        body.optional("callBackUrl"), parent, trackIds, Fate.SUCCESS, files.base()));
    callbacks.schedule(task);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", id);
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }

  private Reply recordInfo(Call call) throws BadInput {
    String id = call.query("taskId");
    if (id == null || id.isBlank()) throw BadInput.invalid("taskId is required");
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task == null || !MarketRecords.isMarket(task)) return errors.taskNotFound();
    return Reply.json(200, Envelope.MARKET.ok(records.data(task), "success"));
  }

  /**
   * kie's timestamped-lyrics page posts to createTask and shows the legacy synchronous answer as its example: the
   * documented alignment, for a documented or created Market music task whose audio exists.
   */
  private Reply timestamped(Fields input) throws BadInput {
    String taskId = input.required("task_id");
    if (catalog.forTask(profile, "market-record-info", taskId) != null) {
      return Reply.json(200, catalog.find(profile, "timestamped-lyrics", "success").body());
    }
    Task task = tasks.get(profile, taskId);
    boolean ready = task != null && MarketRecords.isMarket(task) && task.kind() != TaskKind.LYRICS
        && !task.fate().failed() && task.trackIds().contains(input.required("audio_id"))
        && lifecycle.stage(task, MarketRecords.STATES.length) == MarketRecords.STATES.length - 1;
    if (!ready) return errors.taskNotFound();
    return Reply.json(200, catalog.find(profile, "timestamped-lyrics", "success").body());
  }

  /** The input under its legacy camelCase names (so the tracks read alike), marked with the operation. */
  private static Map<String, Object> request(String operation, Map<String, Object> input) {
    Map<String, Object> request = new LinkedHashMap<>();
    input.forEach((key, value) -> request.put(camel(key), value));
    request.put(MarketRecords.MODEL_KEY, operation);
    return request;
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
