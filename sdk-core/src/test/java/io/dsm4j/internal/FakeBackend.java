package io.dsm4j.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.BackendProvider;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fake backends for the core's tests, built from proxies: a connection answers what every backend
 * answers (its backend, capabilities, known manager version, close) and the SPI groups a test
 * gives; any other call fails with {@link UnsupportedOperationException}.
 */
final class FakeBackend {
  private FakeBackend() {}

  /** A proxy of {@code type} whose every call goes to {@code handler}. */
  static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(FakeBackend.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /**
   * A connection.
   *
   * @param backend what it says it is
   * @param caps what it declares
   * @param version the manager version it knows, or null when unknown
   * @param groups the SPI groups it hands out, by the name of {@link BackendConnection}'s method
   */
  static BackendConnection connection(
      Backend backend, Capabilities caps, String version, Map<String, ?> groups) {
    return proxy(
        BackendConnection.class,
        (p, m, a) ->
            switch (m.getName()) {
              case "backend" -> backend;
              case "capabilities" -> caps;
              case "knownManagerVersion" -> Optional.ofNullable(version);
              case "close" -> null;
              default -> {
                Object group = groups.get(m.getName());
                if (group == null) {
                  throw new UnsupportedOperationException(m.getName());
                }
                yield Optional.of(group);
              }
            });
  }

  /** A provider of {@code backend} whose connections {@code connect} makes. */
  static BackendProvider provider(
      Backend backend, Function<BackendConfig, BackendConnection> connect) {
    return new BackendProvider() {
      @Override
      public Backend backend() {
        return backend;
      }

      @Override
      public BackendConnection connect(BackendConfig config) {
        return connect.apply(config);
      }
    };
  }
}
