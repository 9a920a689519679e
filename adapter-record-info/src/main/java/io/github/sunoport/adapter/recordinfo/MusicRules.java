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
    Optional<AudioDialect> facts = dialect.audio();
    boolean known = model.isKnown();
    boolean sixth = !known || facts.map(a -> a.sixthGenerationModels().contains(model)).orElse(false);
    refuse(rules, dialect, r.lyrics().isPresent() && !sixth, "lyrics", "lyrics apart from the prompt need one of "
        + facts.map(a -> sorted(a.sixthGenerationModels())).orElse(List.of()) + "; put the lyrics in the prompt");
    refuse(rules, dialect, r.variety().isPresent() && !sixth, "variety", "variety needs one of "
        + facts.map(a -> sorted(a.sixthGenerationModels())).orElse(List.of()));
    refuse(rules, dialect, r.duration().isPresent() && known
        && !facts.map(a -> a.durationModels().contains(model)).orElse(false), "duration",
        "choosing the length needs one of " + facts.map(a -> sorted(a.durationModels())).orElse(List.of()));
    refuse(rules, dialect, r.personaModel().filter(m -> m == PersonaModel.VOICE).isPresent() && known
        && !facts.map(a -> a.voicePersonaModels().contains(model)).orElse(false), "personaModel",
        "a voice persona needs one of " + facts.map(a -> sorted(a.voicePersonaModels())).orElse(List.of()));
    rules.maxLength(r.lyrics(), "lyrics", 5000, "for " + model);
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
    refuse(rules, dialect, model.isKnown() && t.personaModel().filter(m -> m == PersonaModel.VOICE)
        .isPresent() && !dialect.audio().map(a -> a.voicePersonaModels().contains(model)).orElse(false),
        "personaModel", "a voice persona needs one of "
            + dialect.audio().map(a -> sorted(a.voicePersonaModels())).orElse(List.of()));
  }

  private static void refuse(RequestRules rules, RecordInfoDialect dialect, boolean condition, String field,
      String why) {
    if (condition) {
      throw rules.invalid(field, dialect.id() + ": " + why);
    }
  }

  private static List<String> sorted(Collection<SunoModel> models) {
    return models.stream().map(SunoModel::name).sorted().toList();
  }
}
