package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a wire record that is not essential to the answer (a title, tags, a URL, a model name), so that
 * a change of its type at the provider leaves the rest of the answer readable: a string or number is read as text, an
 * array as its strings joined with {@code ", "} (tags sent as {@code ["pop", "rock"]} instead of {@code "pop, rock"}),
 * and anything else (an object, a boolean) as absent. Fields the answer cannot do without (ids, statuses) stay plain
 * {@code String}, so a wrong type there still fails the answer loudly.
 *
 * <p>Register {@link #ADAPTER} with the {@code Moshi.Builder} that reads such records.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface TolerantText {
  /** Reads and writes {@link TolerantText} fields; add it to every {@code Moshi.Builder} reading them. */
  JsonAdapter.Factory ADAPTER = Adapter.FACTORY;

  /**
   * The Moshi adapter behind {@link TolerantText}. A factory-made adapter rather than {@code @FromJson} methods, which
   * Moshi calls reflectively with a fresh argument array for every field read.
   */
  final class Adapter extends JsonAdapter<String> {
    private static final int MAX_JOINED = 64 * 1024;
    private static final Adapter INSTANCE = new Adapter();
    private static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) ->
        type == String.class && Types.nextAnnotations(annotations, TolerantText.class) != null ? INSTANCE : null;

    private Adapter() {}

    /** Reads a string, number or array of strings as text; skips anything else. */
    @Override
    public String fromJson(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case STRING:
        case NUMBER:
          return reader.nextString();
        case BEGIN_ARRAY:
          return joined(reader);
        default:
          reader.skipValue();
          return null;
      }
    }

    /** Writes the text as a JSON string. */
    @Override
    public void toJson(JsonWriter writer, String value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(String, @TolerantText)";
    }

    private static String joined(JsonReader reader) throws IOException {
      StringBuilder out = new StringBuilder();
      reader.beginArray();
      while (reader.hasNext()) {
        JsonReader.Token token = reader.peek();
        if ((token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER) && out.length() < MAX_JOINED) {
          String item = reader.nextString();
          if (!item.isBlank()) {
            out.append(out.length() == 0 ? "" : ", ").append(item.strip());
          }
        } else {
          reader.skipValue();
        }
      }
      reader.endArray();
      return out.toString();
    }
  }
}
