/** The service-provider interface adapters implement to be found at runtime by {@code java.util.ServiceLoader}. */
package io.github.sunoport.core.spi;
