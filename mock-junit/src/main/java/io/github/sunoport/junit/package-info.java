/**
 * JUnit 5 support for tests against the sunoport mock server: {@link io.github.sunoport.junit.MockServerTest} on a
 * test class, or a {@link io.github.sunoport.junit.MockServerExtension} registered with options, starts one mock per
 * test class on a free loopback port, injects it, resets it between test methods and stops it after the class.
 */
package io.github.sunoport.junit;
