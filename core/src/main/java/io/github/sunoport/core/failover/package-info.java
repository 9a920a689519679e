/** Combining providers: a client that submits to the first provider able to take a task and follows each task home. */
package io.github.sunoport.core.failover;
