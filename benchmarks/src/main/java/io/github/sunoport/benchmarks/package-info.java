/** Benchmarks of sunoport (JMH, the await-at-scale harness); not part of the published library. */
package io.github.sunoport.benchmarks;
