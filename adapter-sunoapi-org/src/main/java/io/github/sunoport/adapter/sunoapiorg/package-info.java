/** The sunoapi.org adapter: open it with {@code SunoProviders.open("sunoapi-org", settings)}. */
package io.github.sunoport.adapter.sunoapiorg;
