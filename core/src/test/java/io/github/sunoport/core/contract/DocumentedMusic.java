package io.github.sunoport.core.contract;

import java.time.Duration;
import java.util.List;

/**
 * What a provider's documented music example must map to.
 *
 * @param taskId the documented task id
 * @param trackCount how many tracks it has
 * @param firstTrackId the first track's id
 * @param firstDuration the first track's duration
 * @param firstTags the first track's tags
 * @param firstModelName the first track's model name
 */
public record DocumentedMusic(String taskId, int trackCount, String firstTrackId, Duration firstDuration,
    List<String> firstTags, String firstModelName) {}
