package io.github.sunoport.core.contract;

import java.util.List;

/**
 * What a provider's documented lyrics example must map to.
 *
 * @param taskId the documented task id
 * @param firstTitle the first variant's title
 * @param firstSections the first variant's section labels, in order
 * @param echoedPrompt the prompt echoed in the request
 */
public record DocumentedLyrics(String taskId, String firstTitle, List<String> firstSections, String echoedPrompt) {}
