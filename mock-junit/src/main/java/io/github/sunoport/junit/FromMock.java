package io.github.sunoport.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter or field to be filled from the class's mock server. The type decides what is injected:
 * {@code MockServer} or {@code MockAdmin} (the provider id is ignored; parameters of these types need no
 * annotation), {@code String} or {@code URI} (the base URL of the named provider, such as
 * {@code http://127.0.0.1:<port>/kie/}), or {@code SunoClient} (a client of the named provider opened against the
 * mock through {@code SunoProviders}, so that provider's adapter must be on the test class path; closed after the
 * test method, or after the class for a static field).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FromMock {
  /** The provider id: {@code kie}, {@code sunoapi-org} or {@code sunoapi-com}; required for URLs and clients. */
  String value() default "";
}
