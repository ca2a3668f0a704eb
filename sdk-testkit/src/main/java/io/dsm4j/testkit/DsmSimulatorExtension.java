package io.dsm4j.testkit;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that starts one {@link DsmSimulator} per test class and injects it, or a {@link
 * Manager} connected to it, into test and lifecycle method parameters. Both are closed when the
 * class finishes, also after failures. Options come from {@link SimulatorOptions} on the test
 * class; a programmatic customizer can adjust the builder further.
 *
 * <pre>{@code
 * @ExtendWith(DsmSimulatorExtension.class)
 * @SimulatorOptions(backend = Backend.REST)
 * class PolicyTest {
 *   @Test
 *   void listsPolicies(Manager manager, DsmSimulator sim) {
 *     assertThat(manager.policies().list()).hasSize(sim.state().policies().size());
 *   }
 * }
 *
 * class TunedTest {
 *   @RegisterExtension
 *   static DsmSimulatorExtension dsm =
 *       new DsmSimulatorExtension(b -> b.scanDelay(Duration.ZERO).eventCap(100));
 * }
 * }</pre>
 *
 * <p>The injected {@link Manager} is built with {@link DsmSimulator#managerBuilder(Backend)}; it
 * needs the dsm4j REST and/or SOAP backend on the test class path.
 */
public final class DsmSimulatorExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(DsmSimulatorExtension.class);

  private final Consumer<DsmSimulator.Builder> customizer;

  /** Uses only {@link SimulatorOptions} (or the defaults). */
  public DsmSimulatorExtension() {
    this(b -> {});
  }

  /**
   * Applies {@code customizer} to the builder after the {@link SimulatorOptions} values.
   *
   * @param customizer further settings for the simulator's builder
   */
  public DsmSimulatorExtension(Consumer<DsmSimulator.Builder> customizer) {
    this.customizer = Objects.requireNonNull(customizer, "customizer");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DsmSimulator.class || type == Manager.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == DsmSimulator.class) {
      return simulator(context);
    }
    if (type == Manager.class) {
      return manager(context);
    }
    throw new ParameterResolutionException("cannot resolve " + type);
  }

  /** The class-level context, so one simulator serves all tests of a class. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private static SimulatorOptions options(ExtensionContext context) {
    return context
        .getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, SimulatorOptions.class))
        .orElse(null);
  }

  private DsmSimulator simulator(ExtensionContext context) {
    ExtensionContext cls = classContext(context);
    Closer<?> c =
        cls.getStore(NS)
            .getOrComputeIfAbsent(
                "simulator",
                k -> {
                  SimulatorOptions o = options(cls);
                  DsmSimulator.Builder b = DsmSimulator.builder();
                  if (o != null) {
                    b.size(o.size()).seed(o.seed());
                  }
                  customizer.accept(b);
                  return new Closer<>(b.start(), DsmSimulator::close);
                },
                Closer.class);
    return c.get(DsmSimulator.class);
  }

  private Manager manager(ExtensionContext context) {
    ExtensionContext cls = classContext(context);
    DsmSimulator sim = simulator(cls);
    Closer<?> c =
        cls.getStore(NS)
            .getOrComputeIfAbsent(
                "manager",
                k -> {
                  SimulatorOptions o = options(cls);
                  Backend backend = o == null ? Backend.AUTO : o.backend();
                  return new Closer<>(sim.managerBuilder(backend).build(), Manager::close);
                },
                Closer.class);
    return c.get(Manager.class);
  }

  /** Ties a value's lifetime to the JUnit store it lives in. */
  private static final class Closer<T> implements ExtensionContext.Store.CloseableResource {
    private final T value;
    private final Consumer<T> close;

    Closer(T value, Consumer<T> close) {
      this.value = value;
      this.close = close;
    }

    <U> U get(Class<U> type) {
      return type.cast(value);
    }

    @Override
    public void close() {
      close.accept(value);
    }
  }
}
