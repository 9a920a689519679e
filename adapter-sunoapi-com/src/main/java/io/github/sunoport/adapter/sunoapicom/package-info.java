/** The sunoapi.com adapter: open it with {@code SunoProviders.open("sunoapi-com", settings)}. */
package io.github.sunoport.adapter.sunoapicom;
