package io.github.sunoport.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A request to generate music, in one of two modes.
 *
 * <ul>
 *   <li><b>Description mode</b> ({@link #describe}): the prompt describes the song and the provider writes lyrics,
 *       style and title.
 *   <li><b>Custom mode</b> ({@link #custom}, {@link #customInstrumental}): the caller gives title and style, and the
 *       prompt is sung word for word as the lyrics; an instrumental has no lyrics.
 * </ul>
 * The model defaults to {@link SunoModel#V4_5}, which all three providers accept. Length limits depend on the provider
 * and the model; the adapter checks them before anything is sent, and refuses a field the provider or the model does
 * not have (such as {@code variety} before the sixth generation) rather than dropping it.
 *
 * @param customMode true in custom mode
 * @param prompt the description (description mode) or lyrics (custom mode); empty only for a custom instrumental
 * @param style the style (custom mode only)
 * @param title the title (custom mode only)
 * @param instrumental true for a track without vocals
 * @param model the model to generate with
 * @param negativeTags styles to avoid
 * @param vocalGender the preferred voice
 * @param styleWeight how strongly to follow the style, 0 to 1
 * @param weirdnessConstraint how far to stray, 0 to 1
 * @param audioWeight how strongly to follow reference audio, 0 to 1
 * @param personaId a persona to sing with (custom mode only)
 * @param personaModel whether the persona lends its style or its voice; needs {@code personaId}
 * @param lyrics lyrics apart from the prompt (custom mode, newer models); sung instead of the prompt when both are set
 * @param variety how much the results differ, 0 to 4 (newer models)
 * @param duration the song's length, whole seconds from 10 to 360, where the model allows choosing it
 * @param callbackUrl where the provider should push results; falls back to the client's default
 */
public record MusicRequest(
    boolean customMode,
    Optional<String> prompt,
    Optional<String> style,
    Optional<String> title,
    boolean instrumental,
    SunoModel model,
    Optional<String> negativeTags,
    Optional<VocalGender> vocalGender,
    OptionalDouble styleWeight,
    OptionalDouble weirdnessConstraint,
    OptionalDouble audioWeight,
    Optional<String> personaId,
    Optional<PersonaModel> personaModel,
    Optional<String> lyrics,
    OptionalInt variety,
    Optional<Duration> duration,
    Optional<URI> callbackUrl) {

  /** A bound above every provider's own limit. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /**
   * Validates every field and the rules of the mode, naming the field in an
   * {@link io.github.sunoport.core.error.InvalidRequestException}.
   */
  public MusicRequest {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(vocalGender, "vocalGender == null");
    text(prompt, "prompt");
    text(style, "style");
    text(title, "title");
    text(negativeTags, "negativeTags");
    text(personaId, "personaId");
    Checks.weight(styleWeight, "styleWeight");
    Checks.weight(weirdnessConstraint, "weirdnessConstraint");
    Checks.weight(audioWeight, "audioWeight");
    text(lyrics, "lyrics");
    Checks.songDuration(duration, "duration");
    // Tuning checks variety, the persona model and its persona id the same way for every operation.
    new Tuning(negativeTags, vocalGender, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
        Checks.present(variety, "variety"), personaId, Checks.present(personaModel, "personaModel"));
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    callbackUrl.ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
    if (customMode) {
      require(style, "style", "custom mode needs a style");
      require(title, "title", "custom mode needs a title");
      if (!instrumental && prompt.isEmpty() && lyrics.isEmpty()) {
        throw Checks.invalid("prompt", "is missing: custom mode with vocals needs the lyrics as prompt "
            + "(or as lyrics)");
      }
    } else {
      require(prompt, "prompt", "description mode needs a prompt describing the song");
      forbid(style, "style");
      forbid(title, "title");
      forbid(personaId, "personaId");
      forbid(lyrics, "lyrics");
    }
  }

  /** The optional knobs of this request as one {@link Tuning}, the form every music-shaped operation shares. */
  public Tuning tuning() {
    return new Tuning(negativeTags, vocalGender, styleWeight, weirdnessConstraint, audioWeight, variety, personaId,
        personaModel);
  }

  /** Starts a description-mode request: the provider writes lyrics, style and title from {@code description}. */
  public static Builder describe(String description) {
    return new Builder(false).prompt(description);
  }

  /** Starts a custom-mode request that sings {@code lyrics} as written. */
  public static Builder custom(String title, String style, String lyrics) {
    return new Builder(true).title(title).style(style).prompt(lyrics);
  }

  /** Starts a custom-mode instrumental: no vocals, so no lyrics. */
  public static Builder customInstrumental(String title, String style) {
    return new Builder(true).title(title).style(style).instrumental(true);
  }

  private static void text(Optional<String> value, String name) {
    Checks.present(value, name);
    value.ifPresent(v -> Checks.printable(Checks.text(v, name, MAX_TEXT_LENGTH), name));
  }

  private static void require(Optional<String> value, String name, String why) {
    if (value.isEmpty()) {
      throw Checks.invalid(name, "is missing: " + why);
    }
  }

  private static void forbid(Optional<String> value, String name) {
    if (value.isPresent()) {
      throw Checks.invalid(name, "is only used in custom mode; use MusicRequest.custom(...)");
    }
  }

  /** Builds a {@link MusicRequest}; {@link #build()} validates. */
  public static final class Builder {
    private final boolean customMode;
    private String prompt;
    private String style;
    private String title;
    private boolean instrumental;
    private SunoModel model = SunoModel.V4_5;
    private String negativeTags;
    private VocalGender vocalGender;
    private Double styleWeight;
    private Double weirdnessConstraint;
    private Double audioWeight;
    private String personaId;
    private PersonaModel personaModel;
    private String lyrics;
    private Integer variety;
    private Duration duration;
    private URI callbackUrl;

    private Builder(boolean customMode) {
      this.customMode = customMode;
    }

    /** Sets the description or lyrics. */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /** Sets the style. */
    public Builder style(String style) {
      this.style = style;
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Asks for a track without vocals. */
    public Builder instrumental(boolean instrumental) {
      this.instrumental = instrumental;
      return this;
    }

    /** Sets the model. */
    public Builder model(SunoModel model) {
      this.model = Objects.requireNonNull(model, "model == null");
      return this;
    }

    /** Sets styles to avoid, such as "Heavy Metal, Upbeat Drums". */
    public Builder negativeTags(String negativeTags) {
      this.negativeTags = negativeTags;
      return this;
    }

    /** Sets the preferred voice. */
    public Builder vocalGender(VocalGender vocalGender) {
      this.vocalGender = vocalGender;
      return this;
    }

    /** Sets how strongly to follow the style, 0 to 1. */
    public Builder styleWeight(double styleWeight) {
      this.styleWeight = styleWeight;
      return this;
    }

    /** Sets how far to stray, 0 to 1. */
    public Builder weirdnessConstraint(double weirdnessConstraint) {
      this.weirdnessConstraint = weirdnessConstraint;
      return this;
    }

    /** Sets how strongly to follow reference audio, 0 to 1. */
    public Builder audioWeight(double audioWeight) {
      this.audioWeight = audioWeight;
      return this;
    }

    /** Sets the persona to sing with. */
    public Builder personaId(String personaId) {
      this.personaId = personaId;
      return this;
    }

    /** Sets the persona to sing with and whether it lends its style or its voice. */
    public Builder persona(String personaId, PersonaModel personaModel) {
      this.personaId = personaId;
      this.personaModel = personaModel;
      return this;
    }

    /** Sets lyrics apart from the prompt (custom mode, newer models); they are sung instead of the prompt. */
    public Builder lyrics(String lyrics) {
      this.lyrics = lyrics;
      return this;
    }

    /** Sets how much the results differ from each other, 0 to 4 (newer models). */
    public Builder variety(int variety) {
      this.variety = variety;
      return this;
    }

    /** Sets the song's length, whole seconds from 10 to 360, where the model allows choosing it. */
    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    /** Sets where results are pushed. */
    public Builder callbackUrl(URI callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /**
     * Returns the request; throws {@link io.github.sunoport.core.error.InvalidRequestException} naming the field that is
     * wrong.
     */
    public MusicRequest build() {
      return new MusicRequest(customMode, Optional.ofNullable(prompt), Optional.ofNullable(style),
          Optional.ofNullable(title), instrumental, model, Optional.ofNullable(negativeTags),
          Optional.ofNullable(vocalGender), optional(styleWeight), optional(weirdnessConstraint),
          optional(audioWeight), Optional.ofNullable(personaId), Optional.ofNullable(personaModel),
          Optional.ofNullable(lyrics), variety == null ? OptionalInt.empty() : OptionalInt.of(variety),
          Optional.ofNullable(duration), Optional.ofNullable(callbackUrl));
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }
}
