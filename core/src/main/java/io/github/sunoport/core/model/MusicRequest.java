package io.github.sunoport.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
 * and the model; the adapter checks them before anything is sent.
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
    weight(styleWeight, "styleWeight");
    weight(weirdnessConstraint, "weirdnessConstraint");
    weight(audioWeight, "audioWeight");
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    callbackUrl.ifPresent(u -> Checks.webUrl(u, "callbackUrl"));
    if (customMode) {
      require(style, "style", "custom mode needs a style");
      require(title, "title", "custom mode needs a title");
      if (!instrumental) {
        require(prompt, "prompt", "custom mode with vocals needs the lyrics as prompt");
      }
    } else {
      require(prompt, "prompt", "description mode needs a prompt describing the song");
      forbid(style, "style");
      forbid(title, "title");
      forbid(personaId, "personaId");
    }
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

  private static void weight(OptionalDouble value, String name) {
    Checks.present(value, name);
    value.ifPresent(v -> Checks.unitInterval(v, name));
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
          optional(audioWeight), Optional.ofNullable(personaId), Optional.ofNullable(callbackUrl));
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }
}
