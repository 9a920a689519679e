/**
 * A local replay of the kie.ai, sunoapi.org and sunoapi.com Suno-style APIs: documented examples, task lifecycles,
 * injected faults and a request log. Start it with {@link io.github.sunoport.mock.MockServer#builder()}.
 */
package io.github.sunoport.mock;
