/** The entry point: {@link io.github.sunoport.core.SunoProviders} opens a provider by id at runtime. */
package io.github.sunoport.core;
