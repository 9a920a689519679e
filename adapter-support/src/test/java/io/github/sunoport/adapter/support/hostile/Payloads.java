package io.github.sunoport.adapter.support.hostile;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Documented payloads as JSON trees, and the ways the suite spoils them: whole-tree rewrites (every leaf null,
 * numbers as strings...) and seeded single mutations (drop a key, change a type, insert junk, odd text).
 */
final class Payloads {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class).serializeNulls();
  private static final String[] ODD_TEXT = {
      "", " ", "\u0000\u0001\u001f", "🎵🌧️👩‍🎤", "雨の歌 钢铁侠", "שיר על גשם مطر", "e\u0301\u0301\u0301",
      "\uD800", "null", "{\"code\":401}", "<html>502</html>", "9".repeat(400), "x".repeat(100_000)};
  private static final String[] STATUS_WORDS = {"WIBBLE", "", "success", "SUCCESS ", "pending?", "ERROR_999", "完成"};

  private Payloads() {}

  /** The text of classpath resource {@code name}. */
  static String resource(String name) {
    try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name + " on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object parse(String json) {
    try {
      return integral(JSON.fromJson(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Object tree) {
    return JSON.toJson(tree);
  }

  /** Moshi reads every number as a double; documented integers are written back as integers. */
  private static Object integral(Object value) {
    return rewrite(value, v -> v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) d.longValue()
        : v);
  }

  /** A deep copy of {@code tree} with {@code leaf} applied to every value that is not an object or array. */
  static Object rewrite(Object tree, UnaryOperator<Object> leaf) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, rewrite(v, leaf)));
      return out;
    }
    if (tree instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(rewrite(v, leaf)));
      return out;
    }
    return leaf.apply(tree);
  }

  /** A copy with every value under a key naming a status replaced by a word no provider documents. */
  static Object unknownStatusWords(Object tree) {
    Object copy = rewrite(tree, UnaryOperator.identity());
    forEachObject(copy, map -> map.replaceAll((k, v) -> k.toLowerCase().matches(".*(status|state|type).*")
        && !(v instanceof Map) && !(v instanceof List) ? "WIBBLE_" + k.toUpperCase() : v));
    return copy;
  }

  /** A copy with an unknown nested field added to every object. */
  static Object extraFields(Object tree) {
    Object copy = rewrite(tree, UnaryOperator.identity());
    List<Map<String, Object>> objects = new ArrayList<>();
    forEachObject(copy, objects::add);
    objects.forEach(map -> map.put("x-unknown", Map.of("nested", List.of(1, "two", Map.of("three", true)))));
    return copy;
  }

  /** {@code {"a":{"a":...}}} {@code depth} levels deep, inside the provider's success envelope keys. */
  static String deeplyNested(int depth) {
    return "{\"code\":200,\"msg\":\"success\",\"message\":\"success\",\"data\":" + "{\"a\":".repeat(depth) + "1"
        + "}".repeat(depth) + ",\"credits\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  /** A copy of {@code tree} spoiled by one to three seeded mutations; {@code what} receives their description. */
  static Object mutate(Object tree, Random random, StringBuilder what) {
    Object copy = rewrite(tree, UnaryOperator.identity());
    int mutations = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
    for (int i = 0; i < mutations; i++) {
      copy = mutateOnce(copy, random, what);
    }
    return copy;
  }

  private static Object mutateOnce(Object tree, Random random, StringBuilder what) {
    List<Slot> slots = new ArrayList<>();
    collect(tree, "$", slots);
    if (slots.isEmpty()) {
      what.append("replace root; ");
      return junk(random, 3);
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    int kind = random.nextInt(6);
    switch (kind) {
      case 0 -> {
        what.append("drop ").append(slot.path).append("; ");
        slot.remove();
      }
      case 1 -> {
        what.append("null ").append(slot.path).append("; ");
        slot.set(null);
      }
      case 2 -> {
        Object swapped = swapType(slot.get(), random);
        what.append("retype ").append(slot.path).append(" as ").append(typeOf(swapped)).append("; ");
        slot.set(swapped);
      }
      case 3 -> {
        what.append("junk at ").append(slot.path).append("; ");
        slot.set(junk(random, 1 + random.nextInt(4)));
      }
      case 4 -> {
        String text = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
        what.append("odd text (").append(text.length()).append(" chars) at ").append(slot.path).append("; ");
        slot.set(text);
      }
      default -> {
        what.append("status word at ").append(slot.path).append("; ");
        slot.set(STATUS_WORDS[random.nextInt(STATUS_WORDS.length)]);
      }
    }
    return tree;
  }

  private static Object swapType(Object value, Random random) {
    int to = random.nextInt(5);
    if (to == 0) {
      return value instanceof String ? "7" + value : String.valueOf(value);
    }
    if (to == 1) {
      return random.nextBoolean() ? (Object) (long) random.nextInt() : random.nextDouble() * 1e20;
    }
    if (to == 2) {
      return random.nextBoolean();
    }
    if (to == 3) {
      List<Object> list = new ArrayList<>();
      list.add(value);
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("value", value);
    return map;
  }

  private static Object junk(Random random, int depth) {
    int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextInt(3) == 0 ? (Object) Long.MAX_VALUE : (Object) (long) random.nextInt(1_000);
      case 2 -> random.nextBoolean();
      case 3 -> ODD_TEXT[random.nextInt(ODD_TEXT.length - 1)];
      case 4 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(junk(random, depth - 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put("k" + random.nextInt(100), junk(random, depth - 1));
        }
        yield map;
      }
    };
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static void forEachObject(Object tree, java.util.function.Consumer<Map<String, Object>> action) {
    if (tree instanceof Map<?, ?> map) {
      new ArrayList<>(map.values()).forEach(v -> forEachObject(v, action));
      action.accept((Map<String, Object>) map);
    } else if (tree instanceof List<?> list) {
      list.forEach(v -> forEachObject(v, action));
    }
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object tree, String path, List<Slot> slots) {
    if (tree instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        String p = path + "." + key;
        slots.add(new Slot((Map<String, Object>) map, null, (String) key, -1, p));
        collect(map.get(key), p, slots);
      }
    } else if (tree instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String p = path + "[" + i + "]";
        slots.add(new Slot(null, (List<Object>) list, null, i, p));
        collect(list.get(i), p, slots);
      }
    }
  }

  /** One place in a tree: a key of an object or an index of an array. */
  private record Slot(Map<String, Object> map, List<Object> list, String key, int index, String path) {
    Object get() {
      return map != null ? map.get(key) : list.get(index);
    }

    void set(Object value) {
      if (map != null) {
        map.put(key, value);
      } else {
        list.set(index, value);
      }
    }

    void remove() {
      if (map != null) {
        map.remove(key);
      } else {
        list.remove(index);
      }
    }
  }
}
