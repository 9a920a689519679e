package io.github.sunoport.mock;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Command-line flags of {@link MockServerMain}; a bad flag is an {@link IllegalArgumentException}. */
final class CliOptions {
  static final int DEFAULT_PORT = 8787;
  static final String USAGE = String.join("\n",
      "Usage: bin/sunoport-mock-server [options]   (or: java -jar sunoport-mock-server.jar [options])",
      "  --port N            port to bind (default " + DEFAULT_PORT + "; 0 = any free port)",
      "  --host ADDR         address to bind (default 127.0.0.1)",
      "  --examples DIR      extra examples laid out as <provider>/<route>/<name>.json",
      "  --timeline T        time from task creation to its final state: seconds (6, 0.5) or ISO (PT6S); default 6",
      "  --token T           require this bearer token (default: any non-blank token)",
      "  --allow-remote      permit a non-loopback --host (then --admin-token is required)",
      "  --admin-token T     require X-Admin-Token: T on /__admin",
      "  --webhook-key K     sign kie.ai callbacks with this HMAC key (X-Webhook-Signature)",
      "  --allow-callback-host HOST  also deliver callbacks to HOST (repeatable; loopback is always allowed)",
      "  --callback-timeout T  time one callback attempt may take, like --timeline (default 15)",
      "  --proxy P=URL       record mode: forward requests of provider P (kie, sunoapi-org, sunoapi-com) the mock",
      "                      has no answer for (unknown path or task id) to URL with the caller's token (repeatable)",
      "  --proxy-all         forward every request of the --proxy providers, answered or not",
      "  --record-dir DIR    save each forwarded JSON answer under DIR in the --examples layout (secrets redacted)",
      "  --help              print this help",
      "",
      "JVM options (heap, GC, class-data archive) go in JAVA_OPTS when started with bin/sunoport-mock-server.");

  int port = DEFAULT_PORT;
  String host = "127.0.0.1";
  Path examples;
  Duration timeline = MockServer.DEFAULT_TIMELINE;
  String token;
  String adminToken;
  boolean allowRemote;
  boolean help;
  String webhookKey;
  Duration callbackTimeout = CallbackSettings.DEFAULT_TIMEOUT;
  final List<String> callbackHosts = new ArrayList<>();
  final List<String[]> proxies = new ArrayList<>();
  boolean proxyAll;
  Path recordDir;

  static CliOptions parse(String... args) {
    CliOptions options = new CliOptions();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--help": case "-h": options.help = true; break;
        case "--allow-remote": options.allowRemote = true; break;
        case "--port": options.port = port(value(args, ++i, flag)); break;
        case "--host": options.host = value(args, ++i, flag); break;
        case "--examples": options.examples = Path.of(value(args, ++i, flag)); break;
        case "--timeline": options.timeline = atMost(timeline(value(args, ++i, flag)), MockServer.MAX_TIMELINE, flag); break;
        case "--token": options.token = value(args, ++i, flag); break;
        case "--admin-token": options.adminToken = value(args, ++i, flag); break;
        case "--webhook-key": options.webhookKey = value(args, ++i, flag); break;
        case "--allow-callback-host": options.callbackHosts.add(value(args, ++i, flag)); break;
        case "--callback-timeout":
          options.callbackTimeout = atMost(positive(duration(value(args, ++i, flag), flag), flag),
              MockServer.MAX_CALLBACK_TIMEOUT, flag);
          break;
        case "--proxy": options.proxies.add(proxy(value(args, ++i, flag))); break;
        case "--proxy-all": options.proxyAll = true; break;
        case "--record-dir": options.recordDir = Path.of(value(args, ++i, flag)); break;
        default: throw new IllegalArgumentException("Unknown option: " + flag);
      }
    }
    return options;
  }

  MockServer.Builder builder() {
    MockServer.Builder builder = MockServer.builder().host(host).port(port).timeline(timeline).examplesDir(examples)
        .token(token).adminToken(adminToken).allowRemote(allowRemote).webhookKey(webhookKey)
        .callbackTimeout(callbackTimeout);
    callbackHosts.forEach(builder::allowCallbackHost);
    proxies.forEach(p -> builder.proxy(p[0], p[1]));
    return builder.proxyAll(proxyAll).recordDir(recordDir);
  }

  private static String[] proxy(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException("--proxy needs <provider>=<base URL>, such as kie=https://api.kie.ai/; not '"
          + text + "'");
    }
    return new String[] {text.substring(0, eq), text.substring(eq + 1)};
  }

  private static Duration positive(Duration duration, String flag) {
    if (duration.isZero()) throw new IllegalArgumentException(flag + " must be more than 0");
    return duration;
  }

  private static Duration atMost(Duration duration, Duration max, String flag) {
    if (duration.compareTo(max) > 0) {
      throw new IllegalArgumentException(flag + " must be at most " + max.toSeconds() + " seconds (" + max + "), not "
          + duration);
    }
    return duration;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(flag + " needs a value");
    return args[i];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) return port;
    } catch (NumberFormatException ignored) {
      // reported below with the value
    }
    throw new IllegalArgumentException("--port must be 0-65535, not '" + text + "'");
  }

  static Duration timeline(String text) {
    return duration(text, "--timeline");
  }

  static Duration duration(String text, String flag) {
    try {
      Duration duration = text.startsWith("P") || text.startsWith("p")
          ? Duration.parse(text)
          : Duration.ofNanos(new BigDecimal(text).movePointRight(9).longValueExact());
      if (!duration.isNegative()) return duration;
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException ignored) {
      // reported below with the value
    }
    throw new IllegalArgumentException(flag + " must be seconds (6, 0.5) or an ISO duration (PT6S), not '" + text + "'");
  }
}
