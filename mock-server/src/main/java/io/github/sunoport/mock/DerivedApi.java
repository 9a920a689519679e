package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The derived routes kie.ai and sunoapi.org share (e.g. https://docs.kie.ai/suno-api/get-wav-details,
 * https://docs.sunoapi.org/suno-api/convert-to-wav-format and their sibling pages): WAV, stem separation, MIDI, music
 * video and cover image as tasks with their own records and callbacks, persona and style boost answered at once. A
 * derived task names a finished music task this mock created (or a documented id) and one of its tracks; an unknown
 * task or track is answered like an unknown task id, a music task not yet finished with a validation error. Repeats
 * answer as documented: 409 for a second WAV, video or persona of a track, code 400 with the existing task id for a
 * second cover; a separation is charged again and runs again.
 */
final class DerivedApi {
  /** Documented music task ids: their tracks are not known here, so any track id is accepted. */
  private static final Set<String> DOCUMENTED_MUSIC = Set.of("5c79****be8e", "73d6128b3523a0079df10da9471017c8");
  private static final Set<String> SEPARATIONS = Set.of("separate_vocal", "split_stem", "split_stem_advanced");
  private static final int MAX_LABEL = 50;
  private static final int MAX_PERSONAS = 10_000;

  private final Profile profile;
  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final ErrorBodies errors;
  private final Callbacks callbacks;
  private final DerivedRecords records;
  private final ResultFiles files;
  private final boolean oneInstrument;
  /** Tracks with a persona, per provider: a persona is no task, so the store does not hold it. */
  private final Map<String, String> personas = new ConcurrentHashMap<>();

  /** Creates the task a checked request asks for, on the route that received it. */
  @FunctionalInterface
  interface Creator {
    Reply create(TaskKind kind, String parent, List<String> trackIds) throws BadInput;
  }

  /** The checks and synchronous answers of the derived operations, for another route (kie.ai's Market). */
  static DerivedApi of(Profile profile, Parts parts, boolean oneInstrument, ErrorBodies errors) {
    return new DerivedApi(profile, parts, oneInstrument, errors);
  }

  private DerivedApi(Profile profile, Parts parts, boolean oneInstrument) {
    this(profile, parts, oneInstrument, parts.errors(profile));
  }

  private DerivedApi(Profile profile, Parts parts, boolean oneInstrument, ErrorBodies errors) {
    this.profile = profile;
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = errors;
    this.callbacks = parts.callbacks();
    this.records = new DerivedRecords(lifecycle);
    this.files = parts.files();
    this.oneInstrument = oneInstrument;
  }

  /** The derived routes; {@code oneInstrument} is whether the provider documents {@code split_stem_advanced}. */
  static List<Operation> operations(boolean oneInstrument) {
    List<Operation> out = new ArrayList<>();
    add(out, "wav", "/api/v1/wav", TaskKind.WAV, oneInstrument);
    add(out, "vocal-removal", "/api/v1/vocal-removal", TaskKind.STEMS, oneInstrument);
    add(out, "midi", "/api/v1/midi", TaskKind.MIDI, oneInstrument);
    add(out, "mp4", "/api/v1/mp4", TaskKind.VIDEO, oneInstrument);
    add(out, "cover", "/api/v1/suno/cover", TaskKind.COVER_IMAGE, oneInstrument);
    // One instance per route: it remembers which tracks have a persona.
    out.add(Operation.post("generate-persona", "/api/v1/generate/generate-persona", (p, parts) -> {
      DerivedApi api = new DerivedApi(p, parts, oneInstrument);
      return call -> api.persona(new Fields(call.json()));
    }));
    out.add(Operation.post("style", "/api/v1/style/generate", (p, parts) -> {
      DerivedApi api = new DerivedApi(p, parts, oneInstrument);
      return call -> api.style(new Fields(call.json()));
    }));
    return out;
  }

  private static void add(List<Operation> out, String key, String base, TaskKind kind, boolean oneInstrument) {
    out.add(Operation.post(key, base + "/generate",
        (p, parts) -> call -> new DerivedApi(p, parts, oneInstrument).create(call, kind)));
    out.add(Operation.get(key + "-record-info", base + "/record-info",
        (p, parts) -> call -> new DerivedApi(p, parts, oneInstrument).record(call, kind)));
  }

  private Reply create(Call call, TaskKind kind) throws BadInput {
    Fields fields = new Fields(call.json());
    String callBackUrl = fields.required("callBackUrl");
    return derive(fields, kind, (made, parent, ids) -> created(fields, made, parent, ids, callBackUrl));
  }

  /**
   * Checks a derived request of {@code kind} (camelCase fields) against the tasks this mock holds, then has
   * {@code creator} make its task, or answers as the provider would: unknown source, unfinished source, duplicate.
   */
  Reply derive(Fields fields, TaskKind kind, Creator creator) throws BadInput {
    String taskId = fields.required("taskId");
    if (kind == TaskKind.MIDI) return createMidi(fields, taskId, creator);
    String audioId = kind == TaskKind.COVER_IMAGE ? "" : fields.required("audioId");
    if (kind == TaskKind.STEMS) checkSeparation(fields);
    if (kind == TaskKind.VIDEO) {
      Fields.maxLength("author", fields.optional("author"), MAX_LABEL);
      Fields.maxLength("domainName", fields.optional("domainName"), MAX_LABEL);
    }
    Reply refused = checkSource(taskId, kind == TaskKind.COVER_IMAGE ? null : audioId);
    if (refused != null) return refused;
    String parent = kind == TaskKind.COVER_IMAGE ? taskId : audioId;
    Task existing = kind == TaskKind.STEMS ? null
        : tasks.first(profile, t -> t.kind() == kind && t.parentMusicId().equals(parent));
    if (existing != null) return duplicate(kind, existing);
    List<String> stemIds = new ArrayList<>();
    if (kind == TaskKind.STEMS) {
      int count = "split_stem".equals(fields.optional("type")) ? DerivedRecords.TWELVE.size()
          : "split_stem_advanced".equals(fields.optional("type")) ? 1 : DerivedRecords.TWO.size();
      for (int i = 0; i < count; i++) stemIds.add(UUID.randomUUID().toString());
    }
    return creator.create(kind, parent, stemIds);
  }

  private void checkSeparation(Fields fields) throws BadInput {
    String type = fields.optional("type");
    if (type != null && !SEPARATIONS.contains(type)) {
      throw BadInput.invalid("type must be one of separate_vocal, split_stem" + (oneInstrument
          ? ", split_stem_advanced" : ""));
    }
    if ("split_stem_advanced".equals(type)) {
      if (!oneInstrument) throw BadInput.invalid("type must be one of separate_vocal, split_stem");
      fields.required("stemName");
    }
  }

  /** The source music task must exist here, be finished and own the track; null when it does. */
  private Reply checkSource(String taskId, String audioId) throws BadInput {
    if (DOCUMENTED_MUSIC.contains(taskId)) return null;
    Task music = tasks.get(profile, taskId);
    if (music == null || !music.kind().music()) return errors.taskNotFound();
    if (audioId != null && !music.trackIds().contains(audioId)) return errors.taskNotFound();
    if (music.fate().failed()) throw BadInput.invalid("the music task " + taskId + " failed");
    if (lifecycle.stage(music, FamilyRecords.MUSIC_STAGES.length) < FamilyRecords.MUSIC_STAGES.length - 1) {
      throw BadInput.invalid("the music task " + taskId + " is not complete yet");
    }
    return null;
  }

  /** MIDI names a finished separation, and optionally one of its stems. */
  private Reply createMidi(Fields fields, String taskId, Creator creator) throws BadInput {
    String stem = fields.optional("audioId");
    Task separation = tasks.get(profile, taskId);
    if (separation == null || separation.kind() != TaskKind.STEMS) return errors.taskNotFound();
    if (stem != null && !separation.trackIds().contains(stem)) return errors.taskNotFound();
    if (separation.fate().failed()
        || lifecycle.stage(separation, DerivedRecords.stageCount(TaskKind.STEMS)) < 1) {
      throw BadInput.invalid("the separation " + taskId + " is not complete");
    }
    return creator.create(TaskKind.MIDI, taskId, List.of());
  }

  private Reply duplicate(TaskKind kind, Task existing) {
    if (kind == TaskKind.COVER_IMAGE) {
      // The cover pages: "a repeat request returns code 400 with the existing taskId".
      return Reply.json(200, profile.envelope().error(400, "Cover record already exists",
          Map.of("taskId", existing.id())));
    }
    return errors.reply(409, kind == TaskKind.VIDEO ? "Mp4 record already exists" : "WAV record already exists");
  }

  private Reply created(Fields fields, TaskKind kind, String parent, List<String> ids, String callBackUrl) {
    String id = UUID.randomUUID().toString().replace("-", "");
    Task task = tasks.add(new Task(id, profile, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        callBackUrl, parent, ids, Fate.SUCCESS, files.base()));
    callbacks.schedule(task);
    return Reply.json(200, profile.envelope().ok(Map.of("taskId", id), "success"));
  }

  private Reply record(Call call, TaskKind kind) throws BadInput {
    String id = call.query("taskId");
    if (id == null || id.isBlank()) throw BadInput.invalid("taskId is required");
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task == null || task.kind() != kind) return errors.taskNotFound();
    return Reply.json(200, records.record(task));
  }

  /** Synchronous: the persona of a finished track, once per track (409 after). */
  Reply persona(Fields fields) throws BadInput {
    String taskId = fields.required("taskId");
    String audioId = fields.required("audioId");
    String name = fields.required("name");
    String description = fields.required("description");
    Double start = fields.optionalNumber("vocalStart");
    Double end = fields.optionalNumber("vocalEnd");
    double from = start == null ? 0 : start;
    double to = end == null ? from + 30 : end;
    if (from < 0 || to - from < 10 || to - from > 30) {
      throw BadInput.invalid("vocalEnd - vocalStart must be between 10 and 30 seconds");
    }
    Reply refused = checkSource(taskId, audioId);
    if (refused != null) return refused;
    if (personas.size() >= MAX_PERSONAS) personas.clear();
    String personaId = UUID.randomUUID().toString().replace("-", "");
    if (personas.putIfAbsent(audioId, personaId) != null) {
      return errors.reply(409, "persona already exists for this music");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("personaId", personaId);
    data.put("name", name);
    data.put("description", description);
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }

  /** Synchronous: the style text expanded. The reply's fields follow sunoapi.org's schema. */
  Reply style(Fields fields) throws BadInput {
    String content = fields.required("content");
    Fields.maxLength("content", content, 1_000);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("taskId", UUID.randomUUID().toString().replace("-", ""));
    data.put("param", Json.string(fields.body()));
    data.put("result", content + ", layered production, warm analog synths, crisp drums, wide stereo image");
    data.put("creditsConsumed", 0.5);
    data.put("creditsRemaining", 99.5);
    data.put("successFlag", "1");
    data.put("errorCode", null);
    data.put("errorMessage", "");
    data.put("createTime", lifecycle.now().toString());
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }
}
