package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.recordinfo.internal.MarketWire.CreateTask;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds Market create bodies from the legacy request bodies. Third-party readings of kie's Suno OpenAPI (October
 * 2026) show every Market {@code input} as the legacy body's fields under snake_case names ({@code uploadUrl} →
 * {@code upload_url}, {@code infillStartS} → {@code infill_start_s}) with {@code callBackUrl} moved out beside
 * {@code model}; so one mapping per operation serves both routes, and the Market side only renames.
 */
public final class MarketInputs {
  private static final String CALLBACK = "callBackUrl";

  private final JsonAdapter<Object> values;

  /** Returns inputs written with {@code moshi}, which must know the legacy records' value types. */
  public MarketInputs(Moshi moshi) {
    this.values = moshi.adapter(Object.class);
  }

  /** The create body of {@code model} whose input is {@code legacyBody} renamed; nulls are left out. */
  public CreateTask task(MarketModel model, Object legacyBody) {
    Object tree = values.toJsonValue(legacyBody);
    if (!(tree instanceof Map<?, ?> fields)) {
      // The type only: a body's text may hold a callback URL with a token in it.
      throw new IllegalArgumentException(legacyBody.getClass().getSimpleName() + " is not written as a JSON object");
    }
    Map<String, Object> input = new LinkedHashMap<>();
    Object callback = null;
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      String name = String.valueOf(field.getKey());
      if (name.equals(CALLBACK)) {
        callback = field.getValue();
      } else if (field.getValue() != null) {
        input.put(snakeCase(name), field.getValue());
      }
    }
    return new CreateTask(model.id(), callback == null ? null : callback.toString(), input);
  }

  /** {@code uploadUrlList} → {@code upload_url_list}; a name without capitals is kept. */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
