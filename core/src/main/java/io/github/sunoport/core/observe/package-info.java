/**
 * What the library reports while it works, for metrics and tracing: HTTP exchanges started and finished, retries
 * scheduled, await progress. An app implements {@link io.github.sunoport.core.observe.SunoListener} and passes it in
 * {@link io.github.sunoport.core.config.ProviderSettings} (exchanges, retries) or to
 * {@link io.github.sunoport.core.await.TaskAwaiter.Builder#listener} (awaits). JDK types only.
 */
package io.github.sunoport.core.observe;
