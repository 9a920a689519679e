/** Waiting for tasks: polling with backoff, jitter, a minimum interval and a deadline, blocking or asynchronous. */
package io.github.sunoport.core.await;
