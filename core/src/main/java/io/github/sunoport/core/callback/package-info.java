/**
 * Results a provider pushes to the app's callback URL: the parsed {@link io.github.sunoport.core.callback.CallbackEvent},
 * the {@link io.github.sunoport.core.callback.CallbackPort} that parses it, and the deprecated in-memory deduplicator (the
 * {@code ledger} package's {@code TaskLedger} processes each delivery once now).
 */
package io.github.sunoport.core.callback;
