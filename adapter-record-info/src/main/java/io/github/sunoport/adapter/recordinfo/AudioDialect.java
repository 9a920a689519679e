package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.model.SunoModel;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one provider of the record-info family documents for music from audio and its upload host (the pages listed in
 * https://docs.kie.ai/llms.txt and https://docs.sunoapi.org/llms.txt): the models of each operation, which fields
 * exist, and where uploads go. The adapter checks requests against it before sending; a field a provider lacks is
 * refused, never silently dropped.
 *
 * @param coverModels the models of upload-cover, replace-section (upload form) and mashup
 * @param uploadExtendModels the models of upload-extend
 * @param addModels the models add-vocals and add-instrumental accept (empty model = the provider's default)
 * @param soundModels the models of sounds
 * @param alwaysCustomModels models whose upload-cover and mashup are always custom mode and send no
 *     {@code customMode}; with the other models {@code customMode} is sent
 * @param sixthGenerationModels models whose requests take {@code lyrics} and {@code variety}
 * @param durationModels models whose upload-cover and mashup take {@code duration}
 * @param voicePersonaModels models that take {@code personaModel: voice_persona}
 * @param mashupNeedsStyleAndTitle mashup requires style and title (so it is always custom mode)
 * @param addVocalsNeedsPrompt add-vocals requires a prompt
 * @param uploadExtendNeedsContinueAt upload-extend requires {@code continueAt} in both forms
 * @param personaOnReplaceAndMashup replace-section and mashup take a persona, voice, weights and variety
 * @param extendTakesPersonaModelAndInstrumental extend has {@code personaModel} and {@code instrumental} fields
 * @param uploadHost the upload host's real base URL
 * @param uploadRetention how long the upload host keeps a file
 * @param downloadLinkLifetime how long a temporary download link works, or null when the provider has none
 */
public record AudioDialect(List<SunoModel> coverModels, List<SunoModel> uploadExtendModels,
    List<SunoModel> addModels, List<SunoModel> soundModels, Set<SunoModel> alwaysCustomModels,
    Set<SunoModel> sixthGenerationModels, Set<SunoModel> durationModels, Set<SunoModel> voicePersonaModels,
    boolean mashupNeedsStyleAndTitle, boolean addVocalsNeedsPrompt, boolean uploadExtendNeedsContinueAt,
    boolean personaOnReplaceAndMashup, boolean extendTakesPersonaModelAndInstrumental, URI uploadHost, Duration uploadRetention, Duration downloadLinkLifetime) {

  /** Copies the collections. */
  public AudioDialect {
    coverModels = List.copyOf(coverModels);
    uploadExtendModels = List.copyOf(uploadExtendModels);
    addModels = List.copyOf(addModels);
    soundModels = List.copyOf(soundModels);
    alwaysCustomModels = Set.copyOf(alwaysCustomModels);
    sixthGenerationModels = Set.copyOf(sixthGenerationModels);
    durationModels = Set.copyOf(durationModels);
    voicePersonaModels = Set.copyOf(voicePersonaModels);
  }
}
