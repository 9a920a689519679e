/** How a client is configured: API key, base URL, timeouts, retries, default callback URL. */
package io.github.sunoport.core.config;
