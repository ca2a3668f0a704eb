package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.RetryListener;
import io.dsm4j.RetryOptions;
import io.dsm4j.model.Policy;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;
import io.dsm4j.spi.ManagerSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A backend whose provider knows its capabilities is built on its first call, not before. */
class LazyConnectionTest {
  private static final Capabilities POLICIES =
      Capabilities.builder().add(new Capability[] {Capability.POLICIES}).build();
  private static final Capabilities UPDATES =
      Capabilities.builder().add(new Capability[] {Capability.SECURITY_UPDATES}).build();

  private final AtomicInteger restConnects = new AtomicInteger();
  private final AtomicInteger soapConnects = new AtomicInteger();
  private final AtomicInteger closes = new AtomicInteger();

  private BackendProvider provider(
      Backend backend, Capabilities caps, boolean declares, AtomicInteger connects) {
    return new BackendProvider() {
      @Override
      public Backend backend() {
        return backend;
      }

      @Override
      public Capabilities capabilities() {
        return declares ? caps : null;
      }

      @Override
      public void check(BackendConfig config) {
        if (config.tenant() != null) {
          throw new IllegalStateException("no tenants here");
        }
      }

      @Override
      public BackendConnection connect(BackendConfig config) {
        connects.incrementAndGet();
        return (BackendConnection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {BackendConnection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "backend" -> backend;
                      case "capabilities" -> caps;
                      case "policies" ->
                          java.util.Optional.of(
                              (io.dsm4j.spi.PolicyOperations)
                                  Proxy.newProxyInstance(
                                      getClass().getClassLoader(),
                                      new Class<?>[] {io.dsm4j.spi.PolicyOperations.class},
                                      (p, m, a) -> {
                                        if (!m.getName().equals("get")) {
                                          throw new UnsupportedOperationException(m.getName());
                                        }
                                        return new Policy((Integer) a[0], "p", "", null, Map.of());
                                      }));
                      case "close" -> {
                        closes.incrementAndGet();
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
      }
    };
  }

  private Manager manager(boolean declares, ManagerSettings s) {
    return DefaultManager.create(
        s,
        Map.of(
            Backend.REST,
            provider(Backend.REST, POLICIES, declares, restConnects),
            Backend.SOAP,
            provider(Backend.SOAP, UPDATES, declares, soapConnects)));
  }

  private static ManagerSettings settings() {
    return InvokeTest.settings(
        Duration.ofSeconds(5), RetryOptions.none(), RetryListener.none(), "pw-1234".toCharArray());
  }

  @Test
  void aBackendIsBuiltOnItsFirstCall_andOnlyThen() {
    Manager m = manager(true, settings());

    assertThat(m.backends()).containsExactlyInAnyOrder(Backend.REST, Backend.SOAP);
    assertThat(m.capabilities().supports(Capability.SECURITY_UPDATES)).isTrue();
    assertThat(restConnects.get() + soapConnects.get()).isZero();

    assertThat(m.policies().get(7).id()).isEqualTo(7);
    assertThat(m.policies().get(8).id()).isEqualTo(8);
    assertThat(restConnects.get()).isEqualTo(1);
    assertThat(soapConnects.get()).as("SOAP was never called").isZero();

    m.close();
    assertThat(closes.get()).as("only the connection that was made is closed").isEqualTo(1);
    assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aManagerNeverCalled_buildsNothing() {
    manager(true, settings()).close();
    assertThat(restConnects.get() + soapConnects.get() + closes.get()).isZero();
  }

  @Test
  void theConfigurationIsStillCheckedAtBuildTime() {
    ManagerSettings withTenant =
        Manager.builder()
            .url("https://dsm.example:4119")
            .apiKey(InvokeTest.KEY)
            .username("user")
            .password("pw-1234")
            .tenant("tenant-x")
            .toSettings();
    assertThatThrownBy(() -> manager(true, withTenant))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no tenants here");
  }

  @Test
  void aProviderThatDoesNotKnowItsCapabilities_connectsAtBuildTime() {
    manager(false, settings()).close();
    assertThat(restConnects.get()).isEqualTo(1);
    assertThat(soapConnects.get()).isEqualTo(1);
  }
}
