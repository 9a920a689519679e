package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sunoapi.com routes (https://sunoapi.com/docs/v1/make-lyrics, https://docs.sunoapi.com/get-suno-music and their
 * sibling pages): lyrics, music (new and legacy polling), credits, WAV, stems.
 */
final class ComApi {
  private static final String DOCUMENTED_WAV_CLIP = "8ce9770b-ec3b-4029-a3e3-4b8db20da7d1";

  private final Profile profile;
  private final ExampleCatalog catalog;
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final ComRecords records;
  private final ErrorBodies errors;
  private final ResultFiles files;
  private final Callbacks callbacks;

  private ComApi(Profile profile, Parts parts) {
    this.callbacks = parts.callbacks();
    this.profile = profile;
    this.catalog = parts.catalog();
    this.tasks = parts.tasks();
    this.lifecycle = parts.lifecycle();
    this.errors = parts.errors(profile);
    this.records = new ComRecords(parts.templates(), lifecycle);
    this.files = parts.files();
  }

  static List<Operation> operations() {
    return List.of(
        Operation.post("make-lyrics", "/api/v1/suno/make-lyrics", (p, parts) -> new ComApi(p, parts)::makeLyrics),
        Operation.getById("get-lyrics", "/api/v1/suno/get-lyrics", (p, parts) -> new ComApi(p, parts)::getLyrics),
        Operation.post("create", "/api/v1/suno/create", (p, parts) -> new ComApi(p, parts)::create),
        Operation.getById("task", "/api/v1/suno/task", (p, parts) -> new ComApi(p, parts).polling(false)),
        Operation.getById("clip", "/api/v1/suno/clip", (p, parts) -> new ComApi(p, parts).polling(true)),
        Operation.example("get-credits", "/api/v1/get-credits"),
        Operation.post("upload", "/api/v1/suno/upload", (p, parts) -> new ComApi(p, parts)::upload),
        Operation.post("wav", "/api/v1/suno/wav", (p, parts) -> new ComApi(p, parts)::wav),
        Operation.post("stems-basic", "/api/v1/suno/stems/basic", (p, parts) -> call -> new ComApi(p, parts)
            .stems(call, ComRecords.TWO_STEMS)),
        Operation.post("stems-full", "/api/v1/suno/stems/full", (p, parts) -> call -> new ComApi(p, parts)
            .stems(call, ComRecords.TWELVE_STEMS)));
  }

  /**
   * Stem separation (https://docs.sunoapi.com/stems-basic, /stems-full): {@code clip_id} of a finished clip this mock
   * made starts a task of two or twelve stems, answered with a top-level {@code task_id} and polled on
   * {@code GET task/{id}}; any other clip is answered like an unknown task. The pages show only the start of the
   * answer and no result: the task body is the mock's design ({@link ComRecords#stems}). A {@code webhook_url} asks
   * for one webhook at the end, as on create (inferred).
   */
  private Reply stems(Call call, List<String> names) throws BadInput {
    Fields fields = new Fields(call.json());
    String clip = fields.required("clip_id");
    if (finishedMusicOf(clip) == null) return errors.taskNotFound();
    List<String> stems = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) stems.add(UUID.randomUUID().toString());
    String id = UUID.randomUUID().toString();
    Task task = tasks.add(new Task(id, profile, TaskKind.STEMS, lifecycle.now(), Json.string(fields.body()),
        fields.body(), fields.optional("webhook_url"), clip, stems, Fate.SUCCESS, files.base()));
    if (task.callBackUrl() != null) callbacks.schedule(task);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "success");
    body.put("task_id", id);
    return Reply.json(200, body);
  }

  /** The finished, successful music task that made {@code clip}, or null. */
  private Task finishedMusicOf(String clip) {
    Task music = tasks.first(profile, t -> t.kind().music() && t.trackIds().contains(clip));
    boolean finished = music != null && !music.fate().failed()
        && lifecycle.stage(music, ComRecords.MUSIC_STAGES) == ComRecords.MUSIC_STAGES - 1;
    return finished ? music : null;
  }

  /**
   * The synchronous WAV (https://docs.sunoapi.com/wav): {@code clip_id} of a finished clip this mock made answers
   * {@code data.wav_url} at once; any other clip is answered like an unknown task. The documented example's clip
   * answers its example.
   */
  private Reply wav(Call call) throws BadInput {
    Fields fields = new Fields(call.json());
    String clip = fields.required("clip_id");
    Example documented = catalog.find(profile, "wav", "success");
    if (documented != null && clip.equals(DOCUMENTED_WAV_CLIP)) return Reply.json(200, documented.body());
    if (finishedMusicOf(clip) == null) return errors.taskNotFound();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("wav_url", "https://cdn1.suno.ai/" + clip + ".wav");
    return Reply.json(200, profile.envelope().ok(data, "success"));
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

  /**
   * Uploads audio from a public URL as a clip that {@code cover_upload_music} and {@code extend_upload_music} then name
   * (the body is only documented on the musicapi.ai twin, https://docs.musicapi.ai/upload-music; top-level
   * {@code clip_id}). The mock never downloads the URL.
   */
  private Reply upload(Call call) throws BadInput {
    String url = new Fields(call.json()).optional("url");
    if (url == null || url.isBlank()) throw BadInput.invalid("The 'url' field is required."); // inferred
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw BadInput.invalid("The 'url' field must be a valid URL."); // inferred
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", 200);
    body.put("clip_id", UUID.randomUUID().toString());
    body.put("message", "success");
    return Reply.json(200, body);
  }

  private Reply created(Fields fields, TaskKind kind, String parent, List<String> clips) throws BadInput {
    String id = UUID.randomUUID().toString();
    // A webhook_url asks for one webhook at the end (ComCallbacks); without one, nothing is sent.
    Task task = tasks.add(new Task(id, profile, kind, lifecycle.now(), Json.string(fields.body()), fields.body(),
        fields.optional("webhook_url"), parent, clips, Fate.SUCCESS, files.base()));
    if (task.callBackUrl() != null) callbacks.schedule(task);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("task_id", id);
    return Reply.json(200, profile.envelope().ok(data, "success"));
  }

  private Reply getLyrics(Call call) throws BadInput {
    String id = pathId(call);
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task == null || task.kind() != TaskKind.LYRICS) return errors.taskNotFound();
    return Reply.json(200, records.lyrics(task));
  }

  private Endpoint polling(boolean legacy) {
    return call -> music(call, legacy);
  }

  private Reply music(Call call, boolean legacy) throws BadInput {
    String id = pathId(call);
    Example documented = catalog.forTask(profile, call.route(), id);
    if (documented != null) return Reply.json(200, documented.body());
    Task task = tasks.get(profile, id);
    if (task != null && task.kind() == TaskKind.STEMS && !legacy) return Reply.json(200, records.stems(task));
    if (task == null || !task.kind().music()) return errors.taskNotFound();
    return Reply.json(200, legacy ? records.legacyClip(task) : records.task(task));
  }

  private static String pathId(Call call) throws BadInput {
    String id = Call.decode(call.pathId(), false);
    if (id.isBlank()) throw BadInput.invalid("missing task id.");
    return id;
  }
}
