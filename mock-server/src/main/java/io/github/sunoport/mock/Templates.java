package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Content for created tasks, taken from the documented examples so generated records read like the docs:
 * lyrics variants from sunoapi.org's lyrics callback, tracks from kie's music callback, sunoapi.com lyrics
 * from seed 003.
 */
final class Templates {
  record Lyric(String title, String text) {}

  record Track(String prompt, String title, String tags, double duration) {}

  final List<Lyric> lyrics = new ArrayList<>();
  final List<Track> tracks = new ArrayList<>();
  final Lyric comLyric;

  /** Read once per JVM: the bundled examples never change. */
  private static final class Bundled {
    static final Templates INSTANCE = new Templates();
  }

  static Templates bundled() {
    return Bundled.INSTANCE;
  }

  private Templates() {
    for (Map<?, ?> item : items("sunoapi-org/callbacks/lyrics-complete.json")) {
      lyrics.add(new Lyric((String) item.get("title"), (String) item.get("text")));
    }
    for (Map<?, ?> item : items("kie/callbacks/music-complete.json")) {
      tracks.add(new Track((String) item.get("prompt"), (String) item.get("title"), (String) item.get("tags"),
          (Double) item.get("duration")));
    }
    Map<?, ?> data = (Map<?, ?>) document("sunoapi-com/get-lyrics/success.json").get("data");
    comLyric = new Lyric((String) data.get("title"), (String) data.get("text"));
  }

  private static List<Map<?, ?>> items(String path) {
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object item : (List<?>) ((Map<?, ?>) document(path).get("data")).get("data")) out.add((Map<?, ?>) item);
    return out;
  }

  private static Map<?, ?> document(String path) {
    try {
      return (Map<?, ?>) Json.parse(new String(ExampleCatalog.resource(path), UTF_8));
    } catch (BadInput e) {
      throw new IllegalStateException("Bundled example " + path + " is not JSON", e);
    }
  }
}
