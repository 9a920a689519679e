package io.github.sunoport.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Suno model version. The known versions are constants; a name this library does not know yet is passed through
 * to the provider as written, so a new model can be used before the library learns of it. Each adapter decides which
 * models its provider accepts and what its provider calls them.
 *
 * @param name the version's name ({@code V4_5_PLUS} for the known ones)
 */
public record SunoModel(String name) {
  // Declared before the constants: their constructor needs it while the class initializes.
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,39}");
  /** Suno v3.5. */
  public static final SunoModel V3_5 = new SunoModel("V3_5");
  /** Suno v4. */
  public static final SunoModel V4 = new SunoModel("V4");
  /** Suno v4.5. */
  public static final SunoModel V4_5 = new SunoModel("V4_5");
  /** Suno v4.5+. */
  public static final SunoModel V4_5_PLUS = new SunoModel("V4_5_PLUS");
  /** Suno v4.5 "all". */
  public static final SunoModel V4_5_ALL = new SunoModel("V4_5_ALL");
  /** Suno v5. */
  public static final SunoModel V5 = new SunoModel("V5");
  /** Suno v5.5. */
  public static final SunoModel V5_5 = new SunoModel("V5_5");
  /** Suno v6, the first model of the newer request generation ({@code lyrics}, {@code variety}, {@code duration}). */
  public static final SunoModel V6 = new SunoModel("V6");
  /** Suno v6 mini, the faster v6. */
  public static final SunoModel V6_MINI = new SunoModel("V6_MINI");
  /** Suno v6 wild, the more adventurous v6. */
  public static final SunoModel V6_WILD = new SunoModel("V6_WILD");

  private static final List<SunoModel> KNOWN = List.of(V3_5, V4, V4_5, V4_5_PLUS, V4_5_ALL, V5, V5_5, V6, V6_MINI, V6_WILD);
  private static final List<SunoModel> SIXTH_GENERATION = List.of(V6, V6_MINI, V6_WILD);

  /** Checks the name ({@link io.github.sunoport.core.error.InvalidRequestException} naming {@code model}): 1 to 40 letters, digits, '.', '_', '+' or '-', starting with a letter or digit. */
  public SunoModel {
    if (name == null) {
      throw Checks.invalid("model", "is missing");
    }
    if (!SHAPE.matcher(name).matches()) {
      throw Checks.invalid("model", "name must be 1 to 40 letters, digits, '.', '_', '+' or '-': '"
          + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "'");
    }
  }

  /**
   * Returns the model called {@code name}. Spellings of a known version are recognized ({@code v4.5}, {@code V4_5PLUS},
   * {@code v4.5+}, {@code V4_5ALL}); any other valid name is passed through as written.
   */
  public static SunoModel of(String name) {
    Objects.requireNonNull(name, "model name == null");
    String key = name.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').replace(' ', '_')
        .replace("+", "_PLUS").replace("__", "_");
    key = key.replaceAll("(\\d)(PLUS|ALL)$", "$1_$2");
    for (SunoModel known : KNOWN) {
      if (known.name.equals(key)) {
        return known;
      }
    }
    return new SunoModel(name.strip());
  }

  /** The versions this library knows, oldest first. */
  public static List<SunoModel> known() {
    return KNOWN;
  }

  /**
   * Returns true for {@link #V6}, {@link #V6_MINI} and {@link #V6_WILD}: the models whose requests may carry
   * {@code lyrics} apart from the prompt, a {@code variety} and, on most operations, a {@code duration}.
   */
  public boolean isSixthGeneration() {
    return SIXTH_GENERATION.contains(this);
  }

  /** Returns true if this is one of the {@link #known()} versions. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return name;
  }
}
