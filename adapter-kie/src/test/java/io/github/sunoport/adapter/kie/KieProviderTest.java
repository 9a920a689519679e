package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.AbstractRecordInfoProviderTest;
import io.github.sunoport.core.error.AuthenticationException;
import io.github.sunoport.core.error.ContentRejectedException;
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
 * kie.ai's codes, credits path, models and limits (https://docs.kie.ai/suno-api/quickstart,
 * https://docs.kie.ai/common-api/get-account-credits).
 */
class KieProviderTest extends AbstractRecordInfoProviderTest {
  @Override
  protected String providerId() {
    return "kie";
  }

  @Override
  protected String creditsPath() {
    return "api/v1/chat/credit";
  }

  @Override
  protected String defaultBaseUrl() {
    return "https://api.kie.ai/";
  }

  @Override
  protected Map<Integer, Class<? extends SunoException>> bodyCodes() {
    return Map.ofEntries(
        Map.entry(400, ContentRejectedException.class),
        Map.entry(401, AuthenticationException.class),
        Map.entry(402, InsufficientCreditsException.class),
        Map.entry(404, TaskNotFoundException.class),
        Map.entry(405, RateLimitedException.class),
        Map.entry(408, ProviderServerException.class),
        Map.entry(409, InvalidRequestException.class),
        Map.entry(413, PromptTooLongException.class),
        Map.entry(422, InvalidRequestException.class),
        Map.entry(429, RateLimitedException.class),
        Map.entry(430, RateLimitedException.class),
        Map.entry(451, InvalidRequestException.class),
        Map.entry(455, MaintenanceException.class),
        Map.entry(500, ProviderServerException.class),
        Map.entry(501, ProviderServerException.class),
        Map.entry(505, InvalidRequestException.class),
        Map.entry(531, ProviderServerException.class));
  }

  /** kie.ai's generate page allows 80 characters for every model, V5 included. */
  @Override
  protected Map<SunoModel, Integer> titleLimits() {
    return Map.of(SunoModel.V4, 80, SunoModel.V4_5, 80, SunoModel.V4_5_ALL, 80, SunoModel.V5, 80,
        SunoModel.V5_5, 80);
  }

  @Override
  protected List<SunoModel> modelsNotOffered() {
    return List.of(SunoModel.V6, SunoModel.V6_MINI, SunoModel.V6_WILD);
  }

  /** kie.ai documents music from audio, its upload host and temporary download links. */
  @Override
  protected Set<Capability> moreCapabilities() {
    return EnumSet.of(Capability.UPLOAD_COVER, Capability.UPLOAD_EXTEND, Capability.ADD_VOCALS,
        Capability.ADD_INSTRUMENTAL, Capability.REPLACE_SECTION, Capability.MASHUP, Capability.SOUNDS,
        Capability.FILE_UPLOAD, Capability.DOWNLOAD_LINK);
  }
}
