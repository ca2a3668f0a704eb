package io.dsm4j.testkit;

import io.dsm4j.Backend;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the simulator {@link DsmSimulatorExtension} starts for a test class.
 *
 * <pre>{@code
 * @ExtendWith(DsmSimulatorExtension.class)
 * @SimulatorOptions(size = Size.FULL, seed = 7, backend = Backend.SOAP)
 * class SoapCatalogTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SimulatorOptions {
  /**
   * Generated data size.
   *
   * @return the size, {@link Size#SMALL} by default
   */
  Size size() default Size.SMALL;

  /**
   * Data seed.
   *
   * @return the seed, 42 by default
   */
  long seed() default 42;

  /**
   * Backend of the injected {@link io.dsm4j.Manager}.
   *
   * @return the backend, {@link Backend#AUTO} by default
   */
  Backend backend() default Backend.AUTO;
}
