package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.adapter.support.RequestRules;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.PersonaModel;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.Tuning;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of generate and extend before sending, the same on kie.ai's legacy and Market routes and on
 * sunoapi.org: the dialect's text limits per model, and which of the newer fields the provider's models take.
 */
final class MusicRules {
  private MusicRules() {}

  /**
   * The text limits of the model and mode, and the fields of the newer generation on generate: {@code lyrics} and
   * {@code variety} need a sixth-generation model, {@code duration} a model that lets the length be chosen, a voice
   * persona a model that has it. A provider that documents no music from audio takes none of them.
   */
  static void generate(RequestRules rules, RecordInfoDialect dialect, MusicRequest r) {
    SunoModel model = r.model();
    if (r.customMode()) {
      rules.maxLength(r.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
      rules.maxLength(r.style(), "style", dialect.styleLimit(model), "for " + model);
      rules.maxLength(r.title(), "title", dialect.titleLimit(model), "for " + model);
    } else {
      rules.maxLength(r.prompt(), "prompt", dialect.descriptionLimit(), "as a description");
    }
    sixthGenerationFields(rules, dialect, model, r.lyrics(), r.variety().isPresent());
    duration(rules, dialect, model, r.duration().isPresent());
    voicePersona(rules, dialect, model, r.personaModel());
  }

  /**
   * {@code lyrics} apart from the prompt and {@code variety} need a sixth-generation model of the dialect (a model
   * this library does not know yet passes: the provider decides); lyrics are at most 5,000 characters.
   */
  static void sixthGenerationFields(RequestRules rules, RecordInfoDialect dialect, SunoModel model,
      Optional<String> lyrics, boolean variety) {
    Collection<SunoModel> sixth = dialect.audio().map(AudioDialect::sixthGenerationModels).orElse(Set.of());
    boolean offered = !model.isKnown() || sixth.contains(model);
    refuse(rules, dialect, lyrics.isPresent() && !offered, "lyrics", "lyrics apart from the prompt need one of "
        + sorted(sixth) + "; put the lyrics in the prompt");
    refuse(rules, dialect, variety && !offered, "variety", "variety needs one of " + sorted(sixth));
    rules.maxLength(lyrics, "lyrics", 5000, "for " + model);
  }

  /** Choosing the length needs a model of the dialect that lets it be chosen. */
  static void duration(RequestRules rules, RecordInfoDialect dialect, SunoModel model, boolean present) {
    Collection<SunoModel> models = dialect.audio().map(AudioDialect::durationModels).orElse(Set.of());
    refuse(rules, dialect, present && model.isKnown() && !models.contains(model), "duration",
        "choosing the length needs one of " + sorted(models));
  }

  /** A voice persona needs a model of the dialect that has it. */
  static void voicePersona(RequestRules rules, RecordInfoDialect dialect, SunoModel model,
      Optional<PersonaModel> personaModel) {
    Collection<SunoModel> models = dialect.audio().map(AudioDialect::voicePersonaModels).orElse(Set.of());
    refuse(rules, dialect, personaModel.filter(m -> m == PersonaModel.VOICE).isPresent() && model.isKnown()
        && !models.contains(model), "personaModel", "a voice persona needs one of " + sorted(models));
  }

  /**
   * The text limits of {@code model} (the source track's) and the fields extend takes besides the basic call: no
   * {@code variety}; a persona only with new parameters; {@code personaModel} and {@code instrumental} only where the
   * provider documents them.
   */
  static void extend(RequestRules rules, RecordInfoDialect dialect, ExtendRequest r, SunoModel model) {
    rules.maxLength(r.prompt(), "prompt", dialect.lyricsLimit(model), "as lyrics for " + model);
    rules.maxLength(r.style(), "style", dialect.styleLimit(model), "for " + model);
    rules.maxLength(r.title(), "title", dialect.titleLimit(model), "for " + model);
    Tuning t = r.tuning();
    boolean full = dialect.audio().map(AudioDialect::extendTakesPersonaModelAndInstrumental).orElse(false);
    refuse(rules, dialect, t.variety().isPresent(), "variety", "extend has no variety field");
    refuse(rules, dialect, r.keepSourceParameters() && t.personaId().isPresent(), "personaId",
        "a persona is only taken with new parameters (ExtendRequest.overriding)");
    refuse(rules, dialect, !full && t.personaModel().isPresent(), "personaModel", "extend has no personaModel field");
    refuse(rules, dialect, !full && r.instrumental(), "instrumental", "extend has no instrumental field");
    voicePersona(rules, dialect, model, t.personaModel());
  }

  /** Throws the provider's refusal of {@code field} when {@code condition} holds. */
  static void refuse(RequestRules rules, RecordInfoDialect dialect, boolean condition, String field, String why) {
    if (condition) {
      throw rules.invalid(field, dialect.id() + ": " + why);
    }
  }

  static List<String> sorted(Collection<SunoModel> models) {
    return models.stream().map(SunoModel::name).sorted().toList();
  }
}
