/** The provider-neutral domain model: tasks, their states and failures, requests, tracks, lyrics and credits. */
package io.github.sunoport.core.model;
