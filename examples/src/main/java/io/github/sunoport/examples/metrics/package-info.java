/** A bridge from sunoport's listener to Micrometer, as an app would write it; the README shows this code. */
package io.github.sunoport.examples.metrics;
