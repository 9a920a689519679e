package io.github.sunoport.adapter.support.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.config.RetryPolicy;
import io.github.sunoport.core.contract.ContractFixture.Operation;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.InvalidSettingsException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Serves hostile answers to every operation of one adapter and checks that each call returns normally or throws a
 * {@link SunoException} subclass, never another type and never after {@link #BOUND}. Also checks that task ids
 * cannot steer a request to another path, that prompts in any script arrive byte-exact and that plain http to a
 * remote host is refused. An adapter module runs it with one subclass passing its {@link HostileProfile}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileAnswersSuite {
  /** Printed in every generated test's name, so a failure can be replayed. */
  public static final long SEED = 0x5EED_2025L;
  /** Generated cases per operation; at least 500 per adapter in all. */
  static final int VARIATIONS = 90;
  /** Far above the client's timeouts: a call still running here hangs. */
  static final Duration BOUND = Duration.ofSeconds(10);
  static final Duration READ_TIMEOUT = Duration.ofMillis(300);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  static final String KEY = "sk-hostile-suite-0123456789";
  static final String TASK = "task-0001";
  static final String TRACK = "track-0001";
  static final URI AUDIO = URI.create("https://files.example.com/a.mp3");
  /** One byte per character: 9 MiB, over the 8 MiB adapters read. */
  private static final String OVERSIZED = "{\"code\":200,\"data\":\"" + "x".repeat(9 << 20) + "\"}";

  private final HostileProfile profile;
  private final ScriptedServer server = new ScriptedServer();
  private final ScriptedServer elsewhere = new ScriptedServer();
  private SunoClient client;

  protected HostileAnswersSuite(HostileProfile profile) {
    this.profile = profile;
  }

  /**
   * A call outside {@link Operation} (a derived output, a style boost) put through the same hostile answers.
   *
   * @param payload the classpath resource of its documented success answer
   * @param call what the client is asked; the task and track ids it names belong to the client's provider
   */
  public record HostileCall(String payload, java.util.function.Function<SunoClient, Object> call) {}

  /** Further calls to try, by name; none by default. */
  protected Map<String, HostileCall> extraCalls() {
    return Map.of();
  }

  @BeforeAll
  void start() {
    server.start();
    elsewhere.start();
    client = SunoProviders.open(profile.provider(), settings().build());
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
    elsewhere.close();
  }

  private ProviderSettings.Builder settings() {
    return ProviderSettings.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/" + profile.provider() + "/"))
        .readTimeout(READ_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .retryPolicy(RetryPolicy.none())
        .defaultCallbackUrl(URI.create("http://127.0.0.1:9/callback"));
  }

  @TestFactory
  Stream<DynamicTest> every_operation_answers_every_hostile_answer_with_a_result_or_a_typed_error() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : profile.operations()) {
      String documented = Payloads.resource(profile.payload(operation));
      Object tree = Payloads.parse(documented);
      for (HostileAnswer answer : hostileAnswers(documented, tree)) {
        tests.add(DynamicTest.dynamicTest(operation + ": " + answer.name(),
            () -> survives(operation, answer.response(), answer.expected())));
      }
    }
    extraCalls().forEach((name, extra) -> {
      String documented = Payloads.resource(extra.payload());
      for (HostileAnswer answer : hostileAnswers(documented, Payloads.parse(documented))) {
        tests.add(DynamicTest.dynamicTest(name + ": " + answer.name(),
            () -> survives(name, () -> extra.call().apply(client), answer.response(), answer.expected())));
      }
    });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> every_operation_survives_seeded_variations_of_its_documented_payload() {
    Random random = new Random(SEED);
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : profile.operations()) {
      Object tree = Payloads.parse(Payloads.resource(profile.payload(operation)));
      for (int i = 0; i < VARIATIONS; i++) {
        StringBuilder what = new StringBuilder();
        String body = Payloads.json(Payloads.mutate(tree, random, what));
        int status = random.nextInt(8) == 0 ? new int[] {400, 401, 404, 429, 500, 503}[random.nextInt(6)] : 200;
        tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + i + " " + operation + " HTTP " + status + ": " + what,
            () -> survives(operation, () -> json(status, body), null)));
      }
    }
    extraCalls().forEach((name, extra) -> {
      Object tree = Payloads.parse(Payloads.resource(extra.payload()));
      for (int i = 0; i < VARIATIONS / 3; i++) {
        StringBuilder what = new StringBuilder();
        String body = Payloads.json(Payloads.mutate(tree, random, what));
        int status = random.nextInt(8) == 0 ? new int[] {400, 401, 404, 429, 500, 503}[random.nextInt(6)] : 200;
        tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + i + " " + name + " HTTP " + status + ": " + what,
            () -> survives(name, () -> extra.call().apply(client), () -> json(status, body), null)));
      }
    });
    assertThat(tests).hasSizeGreaterThanOrEqualTo(500);
    return tests.stream();
  }

  @Test
  void a_redirect_to_another_host_is_not_followed_and_the_key_never_reaches_it() {
    for (Operation operation : profile.operations()) {
      for (int status : new int[] {301, 302, 303, 307, 308}) {
        elsewhere.answerWith(() -> json(200, Payloads.resource(profile.payload(operation))));
        String target = elsewhere.url("/steal");

        Throwable thrown = outcome(operation, () -> new MockResponse().setResponseCode(status)
            .setHeader("Location", target));

        assertThat(thrown).as("%s after HTTP %d", operation, status).isInstanceOf(ProtocolException.class);
        assertThat(elsewhere.requestCount()).as("requests that followed the redirect").isZero();
      }
    }
  }

  @Test
  void operations_the_provider_lacks_fail_with_unsupported_capability_before_sending() {
    int before = server.requestCount();
    for (Operation operation : EnumSet.complementOf(EnumSet.copyOf(profile.operations()))) {
      if (client.supports(capability(operation))) {
        continue; // offered, but answered by a route this profile does not script
      }
      assertThatThrownBy(() -> invoke(operation)).as(operation.toString())
          .isInstanceOf(UnsupportedCapabilityException.class);
    }
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @TestFactory
  Stream<DynamicTest> task_ids_are_refused_or_reach_exactly_the_intended_endpoint() {
    List<String> ids = List.of("a/b", "../../api/v1/get-credits", "..", ".", "%2F", "a%2F..%2Fb", "%", "a b", "a\tb",
        "a\u0000b", "a\nb", "a\u202Eb", "?x=1", "a?taskId=evil&x=1", "id#fragment", "a;b=c", "a\\b", "ü&é=", "+",
        "\uFEFFbom", "x".repeat(10_000), "x".repeat(TaskId.MAX_LENGTH));
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : List.of(Operation.FETCH_LYRICS, Operation.FETCH_MUSIC)) {
      if (!profile.operations().contains(operation)) {
        continue;
      }
      for (String id : ids) {
        tests.add(DynamicTest.dynamicTest(operation + " id " + printable(id),
            () -> refusedOrEncoded(operation, id)));
      }
    }
    return tests.stream();
  }

  @Test
  void prompts_with_emoji_cjk_and_rtl_text_arrive_byte_exact_as_utf8() {
    String prompt = "🎵👩‍🎤 雨の歌 钢铁侠 — שיר על גשם مطر‏ e\u0301";
    server.answerWith(() -> json(200, Payloads.resource(profile.payload(Operation.SUBMIT_LYRICS))));

    client.lyrics().submit(LyricsRequest.of(prompt));

    RecordedRequest request = server.last();
    assertThat(request.getHeader("Content-Type")).containsIgnoringCase("charset=utf-8");
    Object body = Payloads.parse(request.getBody().readUtf8());
    // The prompt is a top-level field, or one of "input" where the provider nests it (kie.ai's Market API).
    assertThat(body).isInstanceOfSatisfying(Map.class, map -> assertThat(
        map.get("input") instanceof Map<?, ?> input ? input.get("prompt") : map.get("prompt")).isEqualTo(prompt));
  }

  @Test
  void a_nul_character_in_a_prompt_is_refused_naming_the_field_before_anything_is_sent() {
    int before = server.requestCount();

    // An InvalidRequestException, like every refusal of the app's input, so that catching SunoException is enough.
    assertThatThrownBy(() -> client.lyrics().submit(LyricsRequest.of("rain\u0000drops")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("prompt"))
        .hasMessageContaining("U+0000");
    assertThatThrownBy(() -> client.lyrics().submit("rain\u0001drops"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("prompt"));
    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("rain\u0000drops").build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("prompt"))
        .hasMessageContaining("U+0000");
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void plain_http_to_a_remote_host_is_refused_unless_the_app_allows_it() {
    for (String url : List.of("http://api.example.com/", "http://10.0.0.7/", "http://localhost.evil.example/",
        "http://127.0.0.1.nip.io/")) {
      assertThatThrownBy(() -> SunoProviders.open(profile.provider(), settings().baseUrl(url).build()))
          .as(url).isInstanceOfSatisfying(InvalidSettingsException.class,
              e -> assertThat(e.setting()).isEqualTo("baseUrl"));
      try (SunoClient allowed = SunoProviders.open(profile.provider(),
          settings().baseUrl(url).allowInsecureHttp(true).build())) {
        assertThat(allowed.provider()).isEqualTo(ProviderId.of(profile.provider()));
      }
    }
    try (SunoClient loopback = SunoProviders.open(profile.provider(), settings().baseUrl("http://[::1]:9/").build())) {
      assertThat(loopback.toString()).doesNotContain(KEY);
    }
  }

  private void refusedOrEncoded(Operation operation, String id) {
    TaskId taskId;
    try {
      taskId = new TaskId(ProviderId.of(profile.provider()), id);
    } catch (InvalidRequestException refusedByTheModel) {
      assertThat(refusedByTheModel.field()).contains("task id");
      return;
    }
    int before = server.requestCount();
    server.answerWith(() -> json(200, Payloads.resource(profile.payload(operation))));
    try {
      fetch(operation, taskId);
    } catch (InvalidRequestException refused) {
      assertThat(server.requestCount()).as("requests sent for a refused id").isEqualTo(before);
      return;
    } catch (SunoException answerNotAboutThisId) {
      // The documented payload names another task; what matters here is where the request went.
    }
    assertThat(server.requestCount()).isEqualTo(before + 1);
    HttpUrl url = server.last().getRequestUrl();
    String path = profile.path(operation);
    List<String> expected = new ArrayList<>(List.of(profile.provider()));
    expected.addAll(List.of(path.split("/")));
    if (path.endsWith("/")) {
      expected.add(id);
      assertThat(url.pathSegments()).containsExactlyElementsOf(expected);
      assertThat(url.querySize()).isZero();
    } else {
      assertThat(url.pathSegments()).containsExactlyElementsOf(expected);
      assertThat(url.queryParameterNames()).containsExactly("taskId");
      assertThat(url.queryParameter("taskId")).isEqualTo(id);
    }
  }

  private void survives(Operation operation, Supplier<MockResponse> answer, Class<?> expected) {
    survives(operation.toString(), () -> invoke(operation), answer, expected);
  }

  private void survives(String name, Supplier<Object> call, Supplier<MockResponse> answer, Class<?> expected) {
    Throwable thrown = outcome(name, call, answer);
    if (thrown != null && !(thrown instanceof SunoException)) {
      fail("not a SunoException: " + thrown, thrown);
    }
    if (expected == Returns.class) {
      assertThat(thrown).as("a tolerable answer must be read").isNull();
    } else if (expected != null) {
      assertThat(thrown).isInstanceOf(expected);
    }
    if (thrown != null) {
      assertThat(String.valueOf(thrown.getMessage())).doesNotContain(KEY).hasSizeLessThan(20_000);
    }
  }

  /** What the call threw, or null when it returned; fails when it runs past {@link #BOUND}. */
  private Throwable outcome(Operation operation, Supplier<MockResponse> answer) {
    return outcome(operation.toString(), () -> invoke(operation), answer);
  }

  private Throwable outcome(String name, Supplier<Object> call, Supplier<MockResponse> answer) {
    server.answerWith(answer);
    return assertTimeoutPreemptively(BOUND, () -> {
      try {
        call.get();
        return null;
      } catch (Throwable t) {
        return t;
      }
    }, () -> name + " ran past " + BOUND);
  }

  private Object invoke(Operation operation) {
    ProviderId provider = client.provider();
    return switch (operation) {
      case SUBMIT_LYRICS -> client.lyrics().submit(LyricsRequest.of("a song about rain"));
      case FETCH_LYRICS -> client.lyrics().fetch(new TaskId(provider, TASK));
      case SUBMIT_MUSIC -> client.music().submit(MusicRequest.describe("a calm piano piece").build());
      case EXTEND -> client.music().extend(ExtendRequest.keepingSource(new TrackId(provider, TRACK), SunoModel.V4_5));
      case FETCH_MUSIC -> client.music().fetch(new TaskId(provider, TASK));
      case TIMESTAMPED_LYRICS -> client.music().timestampedLyrics(new TaskId(provider, TASK), new TrackId(provider, TRACK));
      case CREDITS -> client.account().credits();
      // V4_5 and lyrics: what every provider with these operations takes (sunoapi.com offers no V5).
      case UPLOAD_COVER -> client.audio().uploadCover(UploadCoverRequest.custom(AUDIO, "t", "jazz", "rain")
          .model(SunoModel.V4_5).build());
      case UPLOAD_EXTEND -> client.audio().uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(30),
          SunoModel.V4_5));
      case ADD_VOCALS -> client.audio().addVocals(AddVocalsRequest.of(AUDIO, "t", "jazz", "metal", "rain"));
      case ADD_INSTRUMENTAL -> client.audio().addInstrumental(AddInstrumentalRequest.of(AUDIO, "t", "jazz", "metal"));
      case REPLACE_SECTION -> client.audio().replaceSection(ReplaceSectionRequest.inTrack(new TaskId(provider, TASK),
          new TrackId(provider, TRACK)).window(Duration.ZERO, Duration.ofSeconds(10)).replacement("w", "f")
          .style("s").title("t").build());
      case MASHUP -> client.audio().mashup(MashupRequest.customInstrumental(AUDIO, AUDIO, "t", "jazz")
          .model(SunoModel.V5).build());
      case SOUNDS -> client.audio().sounds(SoundsRequest.of("rain on a roof", SunoModel.V5));
      case FILE_UPLOAD -> client.files().upload(FileUpload.fromUrl(AUDIO));
      case DOWNLOAD_LINK -> client.files().downloadLink(AUDIO);
      case COVER -> client.audio().cover(CoverRequest.describe(new TrackId(provider, TRACK), "jazz", SunoModel.V4_5));
      case WAV -> client.derived().submitWav(WavRequest.of(source(provider)));
      case SYNCHRONOUS_WAV -> client.derived().convertToWavNow(WavRequest.of(source(provider)));
      case STEMS -> client.derived().submitStems(StemsRequest.of(source(provider), SeparationType.TWO_STEMS));
      case MIDI -> client.derived().submitMidi(MidiRequest.allStemsOf(new TaskId(provider, TASK)));
      case VIDEO -> client.derived().submitVideo(VideoRequest.of(source(provider)));
      case COVER_IMAGE -> client.derived().submitCoverImage(CoverImageRequest.of(new TaskId(provider, TASK)));
      case PERSONA -> client.styling().createPersona(PersonaRequest.of(source(provider), "n", "d"));
      case STYLE_BOOST -> client.styling().boostStyle("Pop, Mysterious");
    };
  }

  private static SourceTrack source(ProviderId provider) {
    return SourceTrack.of(new TaskId(provider, TASK), new TrackId(provider, TRACK));
  }

  /** The capability an operation needs; the derived ones are covered by each adapter's own hostile tests. */
  private static Capability capability(Operation operation) {
    return switch (operation) {
      case SUBMIT_LYRICS, FETCH_LYRICS -> Capability.LYRICS;
      case SUBMIT_MUSIC, FETCH_MUSIC -> Capability.MUSIC;
      case EXTEND -> Capability.EXTEND;
      case TIMESTAMPED_LYRICS -> Capability.TIMESTAMPED_LYRICS;
      case CREDITS -> Capability.CREDITS;
      case UPLOAD_COVER -> Capability.UPLOAD_COVER;
      case UPLOAD_EXTEND -> Capability.UPLOAD_EXTEND;
      case ADD_VOCALS -> Capability.ADD_VOCALS;
      case ADD_INSTRUMENTAL -> Capability.ADD_INSTRUMENTAL;
      case REPLACE_SECTION -> Capability.REPLACE_SECTION;
      case MASHUP -> Capability.MASHUP;
      case SOUNDS -> Capability.SOUNDS;
      case FILE_UPLOAD -> Capability.FILE_UPLOAD;
      case DOWNLOAD_LINK -> Capability.DOWNLOAD_LINK;
      case COVER -> Capability.COVER;
      case WAV -> Capability.WAV;
      case SYNCHRONOUS_WAV -> Capability.SYNCHRONOUS_WAV;
      case STEMS -> Capability.STEMS;
      case MIDI -> Capability.MIDI;
      case VIDEO -> Capability.VIDEO;
      case COVER_IMAGE -> Capability.COVER_IMAGE;
      case PERSONA -> Capability.PERSONA;
      case STYLE_BOOST -> Capability.STYLE_BOOST;
    };
  }

  private Object fetch(Operation operation, TaskId id) {
    return operation == Operation.FETCH_LYRICS ? client.lyrics().fetch(id) : client.music().fetch(id);
  }

  /** The fixed hostile answers: each with the error it must produce, {@link Returns}, or null for any typed one. */
  private static List<HostileAnswer> hostileAnswers(String documented, Object tree) {
    String half = documented.substring(0, documented.length() / 2);
    return List.of(
        new HostileAnswer("malformed JSON", () -> json(200, "{\"code\":200,\"data\":{\"taskId\":,}}"),
            ProtocolException.class),
        new HostileAnswer("truncated body", () -> json(200, half), ProtocolException.class),
        new HostileAnswer("body cut by a dropped connection", () -> json(200, documented)
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY), SunoException.class),
        new HostileAnswer("empty body with 200", () -> json(200, ""), ProtocolException.class),
        new HostileAnswer("no body with 204", () -> new MockResponse().setResponseCode(204), ProtocolException.class),
        new HostileAnswer("HTML page with 500", () -> html(500), ProviderServerException.class),
        new HostileAnswer("HTML page with 502", () -> html(502), ProviderServerException.class),
        new HostileAnswer("HTML page with 503", () -> html(503), MaintenanceException.class),
        new HostileAnswer("HTML page with 200", () -> html(200), ProtocolException.class),
        new HostileAnswer("text/plain body", () -> new MockResponse().setHeader("Content-Type", "text/plain")
            .setBody("OK"), ProtocolException.class),
        new HostileAnswer("JSON array instead of object", () -> json(200, "[" + documented + "]"),
            ProtocolException.class),
        new HostileAnswer("JSON null", () -> json(200, "null"), ProtocolException.class),
        new HostileAnswer("two JSON values", () -> json(200, documented + documented), ProtocolException.class),
        new HostileAnswer("every field null", () -> json(200, Payloads.json(Payloads.rewrite(tree, v -> null))), null),
        new HostileAnswer("numbers as strings", () -> json(200, Payloads.json(Payloads.rewrite(tree,
            v -> v instanceof Number ? String.valueOf(v) : v))), null),
        new HostileAnswer("strings as numbers", () -> json(200, Payloads.json(Payloads.rewrite(tree,
            v -> v instanceof String ? (Object) 42L : v))), null),
        new HostileAnswer("booleans everywhere", () -> json(200, Payloads.json(Payloads.rewrite(tree, v -> true))),
            null),
        new HostileAnswer("unknown status words", () -> json(200, Payloads.json(Payloads.unknownStatusWords(tree))),
            null),
        new HostileAnswer("extra nested fields", () -> json(200, Payloads.json(Payloads.extraFields(tree))),
            Returns.class),
        new HostileAnswer("1,000-deep nesting", () -> json(200, Payloads.deeplyNested(1_000)),
            ProtocolException.class),
        new HostileAnswer("9 MiB body", () -> json(200, OVERSIZED), ProtocolException.class),
        new HostileAnswer("body that stalls mid-way", () -> json(200, documented).throttleBody(16, 1, TimeUnit.SECONDS),
            ProviderTimeoutException.class),
        new HostileAnswer("no answer at all", () -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
            ProviderTimeoutException.class),
        new HostileAnswer("connection reset at start",
            () -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START), NetworkException.class),
        new HostileAnswer("connection closed after the request",
            () -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), NetworkException.class),
        new HostileAnswer("headers that lie about the length", () -> json(200, documented)
            .setHeader("Content-Length", documented.length() + 1000)
            .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END), SunoException.class),
        new HostileAnswer("binary garbage", () -> new MockResponse().setHeader("Content-Type", "application/json")
            .setBody(new okio.Buffer().write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80})),
            ProtocolException.class));
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse html(int status) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>" + status + "</title></head><body><h1>" + status + " Bad Gateway</h1></body>"
            + "</html>");
  }

  private static String printable(String id) {
    StringBuilder out = new StringBuilder();
    id.codePoints().limit(40).forEach(c -> out.append(c < ' ' || c == 0x7f ? String.format("\\u%04x", c)
        : new String(Character.toChars(c))));
    return id.length() > 40 ? out + "...(" + id.length() + " chars)" : out.toString();
  }

  /** Marks a case whose answer must be read without error. */
  private static final class Returns {}

  private record HostileAnswer(String name, Supplier<MockResponse> response, Class<?> expected) {}
}
