package io.github.sunoport.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against one mock server on a free loopback port, reset after every test method:
 *
 * <pre>{@code
 * @MockServerTest(token = "test-key")
 * class JukeboxTest {
 *   @Test void credits(@FromMock("kie") SunoClient kie, MockAdmin admin) { ... }
 * }
 * }</pre>
 *
 * For a clock or settings the annotation cannot carry, register a {@link MockServerExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockServerExtension.class)
public @interface MockServerTest {
  /** Time from a task's creation to its final state: seconds ({@code "0.5"}) or ISO ({@code "PT6S"}); default 0. */
  String timeline() default "0";

  /** The only bearer token the mock accepts, and the API key of injected clients; empty accepts any token. */
  String token() default "";

  /** kie.ai's webhook HMAC key, given to the mock and to injected clients; empty for none. */
  String webhookKey() default "";

  /** A directory of extra examples laid out as {@code <provider>/<route>/<name>.json}; empty for none. */
  String examples() default "";

  /** The default callback URL of injected clients; empty for none. */
  String callbackUrl() default "";
}
