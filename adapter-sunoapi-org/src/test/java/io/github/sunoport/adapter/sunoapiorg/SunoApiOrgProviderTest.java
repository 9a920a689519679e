package io.github.sunoport.adapter.sunoapiorg;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoProviderTest;
import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.Capability;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * sunoapi.org's codes, credits path, models and limits (https://docs.sunoapi.org/suno-api/generate-lyrics,
 * https://docs.sunoapi.org/suno-api/get-remaining-credits).
 */
class SunoApiOrgProviderTest extends AbstractRecordInfoProviderTest {
  @Override
  protected String providerId() {
    return "sunoapi-org";
  }

  @Override
  protected String creditsPath() {
    return "api/v1/generate/credit";
  }

  @Override
  protected String defaultBaseUrl() {
    return "https://api.sunoapi.org/";
  }

  /** 429 is a lack of credits here, unlike kie.ai; 405 and 430 are the rate limits. */
  @Override
  protected Map<Integer, Class<? extends SunoException>> bodyCodes() {
    return Map.ofEntries(
        Map.entry(400, InvalidRequestException.class),
        Map.entry(401, AuthenticationException.class),
        Map.entry(402, InsufficientCreditsException.class),
        Map.entry(404, TaskNotFoundException.class),
        Map.entry(405, RateLimitedException.class),
        Map.entry(409, InvalidRequestException.class),
        Map.entry(413, PromptTooLongException.class),
        Map.entry(422, InvalidRequestException.class),
        Map.entry(429, InsufficientCreditsException.class),
        Map.entry(430, RateLimitedException.class),
        Map.entry(451, InvalidRequestException.class),
        Map.entry(455, MaintenanceException.class),
        Map.entry(500, ProviderServerException.class));
  }

  /** V4 and V4_5ALL allow 80 characters; V4_5, V4_5PLUS and V5 allow 100. */
  @Override
  protected Map<SunoModel, Integer> titleLimits() {
    return Map.of(SunoModel.V4, 80, SunoModel.V4_5_ALL, 80, SunoModel.V4_5, 100, SunoModel.V4_5_PLUS, 100,
        SunoModel.V5, 100);
  }

  @Override
  protected List<SunoModel> modelsNotOffered() {
    // The V6-era pages list V6, V6_WILD and V6_MINI, with V4 to V5_5 deprecated but accepted.
    return List.of();
  }

  /** sunoapi.org documents music from audio and (through third-party clients) its upload host; no download links. */
  @Override
  protected Set<Capability> moreCapabilities() {
    return EnumSet.of(Capability.UPLOAD_COVER, Capability.UPLOAD_EXTEND, Capability.ADD_VOCALS,
        Capability.ADD_INSTRUMENTAL, Capability.REPLACE_SECTION, Capability.MASHUP, Capability.SOUNDS,
        Capability.FILE_UPLOAD);
  }
}
