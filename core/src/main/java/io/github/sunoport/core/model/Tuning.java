package io.github.sunoport.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The optional knobs that most music-shaped operations share: styles to avoid, a preferred voice, three weights, the
 * variety of newer models and a persona to sing with. Every knob starts unset, which sends nothing and lets the
 * provider choose. Which operations and models accept which knob differs by provider; the adapter checks that before
 * sending.
 *
 * @param negativeTags styles to avoid, such as "Heavy Metal, Upbeat Drums"
 * @param vocalGender the preferred voice; only raises the odds
 * @param styleWeight how strongly to follow the style, 0 to 1 in steps of 0.01
 * @param weirdnessConstraint how far to stray, 0 to 1 in steps of 0.01
 * @param audioWeight how strongly to follow the reference audio, 0 to 1 in steps of 0.01
 * @param variety how much the results differ from each other, 0 to 4 (sixth-generation models)
 * @param personaId a persona, or a custom voice id, to sing with
 * @param personaModel whether the persona lends its style or its voice; needs a persona id
 */
public record Tuning(
    Optional<String> negativeTags,
    Optional<VocalGender> vocalGender,
    OptionalDouble styleWeight,
    OptionalDouble weirdnessConstraint,
    OptionalDouble audioWeight,
    OptionalInt variety,
    Optional<String> personaId,
    Optional<PersonaModel> personaModel) {

  private static final Tuning NONE = new Tuning(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
      OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

  /** The largest {@code variety}. */
  public static final int MAX_VARIETY = 4;

  /** Validates every knob, naming the one at fault in the {@link io.github.sunoport.core.error.InvalidRequestException}. */
  public Tuning {
    Checks.present(negativeTags, "negativeTags");
    negativeTags.ifPresent(v -> Checks.printable(Checks.text(v, "negativeTags", MusicRequest.MAX_TEXT_LENGTH),
        "negativeTags"));
    Checks.present(vocalGender, "vocalGender");
    Checks.weight(styleWeight, "styleWeight");
    Checks.weight(weirdnessConstraint, "weirdnessConstraint");
    Checks.weight(audioWeight, "audioWeight");
    Checks.present(variety, "variety");
    variety.ifPresent(v -> {
      if (v < 0 || v > MAX_VARIETY) {
        throw Checks.invalid("variety", "must be between 0 and " + MAX_VARIETY + ", was " + v);
      }
    });
    Checks.present(personaId, "personaId");
    personaId.ifPresent(v -> Checks.identifier(v, "personaId", TrackId.MAX_LENGTH));
    Checks.present(personaModel, "personaModel");
    if (personaModel.isPresent() && personaId.isEmpty()) {
      throw Checks.invalid("personaModel", "needs a personaId");
    }
  }

  /** Returns the tuning with every knob unset. */
  public static Tuning none() {
    return NONE;
  }

  /** Returns true when no knob is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Returns a copy that avoids {@code negativeTags}. */
  public Tuning withNegativeTags(String negativeTags) {
    return new Tuning(Optional.of(Objects.requireNonNull(negativeTags, "negativeTags == null")), vocalGender,
        styleWeight, weirdnessConstraint, audioWeight, variety, personaId, personaModel);
  }

  /** Returns a copy preferring {@code vocalGender}. */
  public Tuning withVocalGender(VocalGender vocalGender) {
    return new Tuning(negativeTags, Optional.of(Objects.requireNonNull(vocalGender, "vocalGender == null")),
        styleWeight, weirdnessConstraint, audioWeight, variety, personaId, personaModel);
  }

  /** Returns a copy with the three weights; NaN leaves a weight unset. */
  public Tuning withWeights(double styleWeight, double weirdnessConstraint, double audioWeight) {
    return new Tuning(negativeTags, vocalGender, optional(styleWeight), optional(weirdnessConstraint),
        optional(audioWeight), variety, personaId, personaModel);
  }

  /** Returns a copy with {@code variety}, 0 to 4. */
  public Tuning withVariety(int variety) {
    return new Tuning(negativeTags, vocalGender, styleWeight, weirdnessConstraint, audioWeight,
        OptionalInt.of(variety), personaId, personaModel);
  }

  /** Returns a copy singing with persona (or custom voice) {@code personaId}, the provider choosing how. */
  public Tuning withPersona(String personaId) {
    return new Tuning(negativeTags, vocalGender, styleWeight, weirdnessConstraint, audioWeight, variety,
        Optional.of(Objects.requireNonNull(personaId, "personaId == null")), Optional.empty());
  }

  /** Returns a copy singing with persona (or custom voice) {@code personaId} lending its {@code model}. */
  public Tuning withPersona(String personaId, PersonaModel model) {
    return new Tuning(negativeTags, vocalGender, styleWeight, weirdnessConstraint, audioWeight, variety,
        Optional.of(Objects.requireNonNull(personaId, "personaId == null")),
        Optional.of(Objects.requireNonNull(model, "personaModel == null")));
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
