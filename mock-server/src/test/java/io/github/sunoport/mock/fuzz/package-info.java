/** A seeded fuzzer of the mock server: random and malformed requests over raw sockets, and checks of each answer. */
package io.github.sunoport.mock.fuzz;
