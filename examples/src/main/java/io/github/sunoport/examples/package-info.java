/** A runnable demo: pick a provider by id, write lyrics and a song, watch them progress. */
package io.github.sunoport.examples;
