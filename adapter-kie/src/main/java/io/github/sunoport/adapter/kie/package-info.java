/** The kie.ai adapter: open it with {@code SunoProviders.open("kie", settings)}. */
package io.github.sunoport.adapter.kie;
