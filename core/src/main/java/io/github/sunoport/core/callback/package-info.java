/**
 * Results a provider pushes to the app's callback URL: the parsed {@link io.github.sunoport.core.callback.CallbackEvent},
 * the {@link io.github.sunoport.core.callback.CallbackPort} that parses it, and a helper to process each delivery once.
 */
package io.github.sunoport.core.callback;
