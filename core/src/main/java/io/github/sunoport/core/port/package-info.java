/** The ports an app talks to: small capability interfaces that each provider adapter implements. */
package io.github.sunoport.core.port;
